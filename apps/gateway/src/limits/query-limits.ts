import { GraphQLError, Kind } from "graphql";
import type {
  ASTVisitor,
  DocumentNode,
  OperationDefinitionNode,
  FieldNode,
  FragmentDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from "graphql";

/** Limits every request is held to (local policy of the platform, not statute). */
export const LIMITS = {
  /** Largest page a connection returns. */
  maxPageSize: 100,
  defaultPageSize: 20,
  /** Deepest selection allowed (introspection's own queries fit). */
  maxDepth: 12,
  /** Cost: each field costs 1, multiplied by the page size of the connections above it. */
  maxComplexity: 5000,
  /** Largest request body, in bytes. */
  maxBodyBytes: 100 * 1024,
  /** Largest body of an importCaseExport request (a council's whole case export; the largest fixture is ~190 KB). */
  maxImportBodyBytes: 2 * 1024 * 1024,
} as const;

/**
 * What a field costs beyond 1 when it computes over a council's (or every council's) records: an annual report,
 * a statistic, the national comparison. 200 aliased reports in one request are refused before any runs, while the
 * admin app's dashboards (six statistics at most) fit.
 */
const FIELD_COST: Readonly<Record<string, number>> = {
  report: 1000,
  statistics: 250,
  compareCouncils: 2500,
};

type Fragments = Record<string, FragmentDefinitionNode>;

function fragmentsOf(context: ValidationContext): Fragments {
  const fragments: Fragments = {};
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

/** Introspection (`__schema`, `__type`) is bounded by the schema itself and tools such as GraphiQL need it whole. */
function isIntrospection(field: FieldNode): boolean {
  return field.name.value === "__schema" || field.name.value === "__type";
}

function depthOf(set: SelectionSetNode | undefined, fragments: Fragments, seen: Set<string>): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD && isIntrospection(selection)) continue;
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue;
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

/**
 * The page size a field asks for (`first` / `last`), or 1 for a plain field. Validation runs before variables
 * are known, so a page size given by a variable counts as the largest page.
 */
function multiplierOf(field: FieldNode): number {
  for (const argument of field.arguments ?? []) {
    if (argument.name.value !== "first" && argument.name.value !== "last") continue;
    const value = argument.value;
    if (value.kind === Kind.INT) return Math.max(1, Math.min(Number(value.value), LIMITS.maxPageSize));
    return LIMITS.maxPageSize;
  }
  return 1;
}

function costOf(set: SelectionSetNode | undefined, fragments: Fragments, seen: Set<string>): number {
  if (!set) return 0;
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD && isIntrospection(selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const inner = costOf(selection.selectionSet, fragments, seen);
      total += (FIELD_COST[selection.name.value] ?? 1) + multiplierOf(selection) * inner;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      total += costOf(selection.selectionSet, fragments, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue;
      total += costOf(fragment.selectionSet, fragments, new Set([...seen, name]));
    }
  }
  return total;
}

/** What an operation of `document` costs (the named one, or the only one), as the cost limit counts it. */
export function operationCost(document: DocumentNode, operationName?: string | null): number {
  const fragments: Fragments = {};
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    if (definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName)) operation ??= definition;
  }
  return operation ? costOf(operation.selectionSet, fragments, new Set()) : 0;
}

/** Validation rules refusing too-deep or too-costly operations with QUERY_TOO_COMPLEX. */
export function queryLimitRules(): ValidationRule[] {
  const rule = (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = fragmentsOf(context);
      const depth = depthOf(operation.selectionSet, fragments, new Set());
      if (depth > LIMITS.maxDepth) {
        context.reportError(
          new GraphQLError(`The query is ${depth} levels deep; the limit is ${LIMITS.maxDepth}`, {
            extensions: { code: "QUERY_TOO_COMPLEX" },
          }),
        );
        return;
      }
      const cost = costOf(operation.selectionSet, fragments, new Set());
      if (cost > LIMITS.maxComplexity) {
        context.reportError(
          new GraphQLError(`The query costs ${cost}; the limit is ${LIMITS.maxComplexity}. Ask for smaller pages`, {
            extensions: { code: "QUERY_TOO_COMPLEX" },
          }),
        );
      }
    },
  });
  return [rule];
}
