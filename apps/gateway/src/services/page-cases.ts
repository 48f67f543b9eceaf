import type { Prisma } from "@csc/db";
import { type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { councilScope } from "./council-scope";

/** What a connection of cases asks of one page: Pothos' query (take, cursor, select), the filter and the order. */
interface CasePageQuery {
  /** The connection's arguments: Pothos hands the same object to its resolve and its totalCount (countReadWithPage). */
  args: object;
  query: { take?: number; skip?: number; cursor?: Prisma.CaseWhereUniqueInput; select?: Prisma.CaseSelect; include?: Prisma.CaseInclude };
  where: Prisma.CaseWhereInput;
  orderBy: Prisma.CaseOrderByWithRelationInput[];
  /** The connection's totalCount is selected: counted in the same transaction. */
  withCount: boolean;
}

/** The count each page was read with, by its connection's arguments object. */
const countedWithPage = new WeakMap<object, number>();

/** The count pageCases read with the page of these connection arguments; undefined when it read none. */
export function countReadWithPage(args: object): number | undefined {
  return countedWithPage.get(args);
}

/**
 * One page of the council's cases and, when the query selects it, how many pass the filter (countReadWithPage), read in one read-only
 * transaction walled to the council (withCouncil: row-level security as for every council read). The council client
 * runs each read in a transaction of its own (BEGIN, the council's settings, the read, COMMIT), so the page and its
 * count took eight round trips; here they take five. An officer's list waits for each round trip behind whatever else
 * the gateway's event loop is doing (analysts' requests), so fewer round trips is a faster list under load.
 */
export async function pageCases(context: GatewayContext, page: CasePageQuery): Promise<Prisma.CaseGetPayload<object>[]> {
  const { councilId } = councilScope(context);
  return withCouncil(
    context.root,
    councilId,
    async (tx) => {
      const cases = await tx.case.findMany({ ...page.query, where: page.where, orderBy: page.orderBy });
      if (page.withCount) countedWithPage.set(page.args, await tx.case.count({ where: page.where }));
      return cases;
    },
    { readOnly: true },
  );
}

function selects(set: SelectionSetNode | undefined, field: string, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): boolean {
  return (set?.selections ?? []).some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === field;
    if (selection.kind === Kind.INLINE_FRAGMENT) return selects(selection.selectionSet, field, fragments, seen);
    const name = selection.name.value;
    if (seen.has(name)) return false;
    return selects(fragments[name]?.selectionSet, field, fragments, new Set([...seen, name]));
  });
}

/** Whether the field being resolved selects `field` directly (through fragments too): e.g. a connection's totalCount. */
export function selectsField(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, field: string): boolean {
  return info.fieldNodes.some((node) => selects(node.selectionSet, field, info.fragments, new Set()));
}
