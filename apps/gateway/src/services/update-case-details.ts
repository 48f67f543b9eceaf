import { channelSchema, complainantRelationshipSchema, dateFromIso as day, isoFromDateOrNull as isoOf } from "@csc/rules";
import type { Channel, ComplainantRelationship, IsoDate } from "@csc/rules";
import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import type { CouncilTransaction } from "../db/client";
import { badInput } from "../errors/gateway-error";
import { writeAudit } from "./audit";
import { classifyLocalCode } from "./classify-feedback";
import { councilScope } from "./council-scope";
import { bumpVersion, lockCase } from "./record-case-event";

export interface PersonChange {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  dateOfBirth?: IsoDate | null;
}

/** A change to what was recorded at intake; a field left out is unchanged, null clears it. */
export interface UpdateCaseDetailsInput {
  caseId: string;
  version: number;
  channel?: Channel | null;
  localChannel?: string | null;
  complainantRelationship?: ComplainantRelationship | null;
  localComplainantType?: string | null;
  summary?: string | null;
  outcomeSought?: string | null;
  complainant?: PersonChange | null;
  child?: PersonChange | null;
}

/** A fact recorded as a code (channel, relationship, the council's own code), or none. */
type Code = string | null;

/** Writes the person's changed fields (creating the person when first given); returns the names of the fields changed. */
async function changePerson(tx: CouncilTransaction, councilId: string, caseId: string, role: "complainant" | "child", change: PersonChange) {
  const row = await tx.casePerson.findFirst({ where: { councilId, caseId, role }, orderBy: { createdAt: "asc" } });
  const before: Record<string, string | null> = {
    name: row?.name ?? null,
    email: row?.email ?? null,
    phone: row?.phone ?? null,
    address: row?.address ?? null,
    dateOfBirth: isoOf(row?.dateOfBirth ?? null),
  };
  // In the fields' own order, whatever order the input object's keys come in.
  const changed = (Object.keys(before) as (keyof PersonChange)[]).filter((key) => change[key] !== undefined && (change[key] ?? null) !== before[key]);
  if (changed.length === 0) return [];
  const data = Object.fromEntries(
    changed.map((key) => [key, key === "dateOfBirth" ? (change.dateOfBirth ? day(change.dateOfBirth) : null) : (change[key] ?? null)]),
  );
  if (row) await tx.casePerson.update({ where: { councilId_id: { councilId, id: row.id } }, data });
  else await tx.casePerson.create({ data: { councilId, caseId, role, ...data } });
  return changed.map((key) => `${role}.${key}`);
}

/** Free text kept as a new case_narrative row (the newest is current; earlier ones stay as the history). */
async function changeText(
  tx: CouncilTransaction,
  context: GatewayContext,
  caseId: string,
  kind: "summary" | "outcome_sought",
  text: string | null | undefined,
) {
  if (text === undefined) return [];
  const { councilId, viewer } = councilScope(context);
  const current = await tx.caseNarrative.findFirst({ where: { councilId, caseId, kind }, orderBy: { createdAt: "desc" } });
  if ((current?.text ?? null) === (text ?? null)) return [];
  if (text === null && kind === "summary") throw badInput(["input", "summary"], "must not be empty: every case says what the feedback is");
  await tx.caseNarrative.create({ data: { councilId, caseId, kind, text: text ?? "", authorId: viewer.userId } });
  return [kind === "summary" ? "summary" : "outcomeSought"];
}

/**
 * Changes what was recorded at intake, at the case version the officer saw (CONFLICT otherwise). Codes the council
 * uses are classified by its vocabulary in force on the date received. The audit trail gets the before and after of
 * each changed fact (channel, relationship: codes) and the names of changed personal fields, never their words.
 */
export async function updateCaseDetails(context: GatewayContext, input: UpdateCaseDetailsInput): Promise<string> {
  const { councilId } = councilScope(context);
  return withCouncil(context.root, councilId, async (tx) => {
    const locked = await lockCase(tx, councilId, input);
    const row = await tx.case.findUniqueOrThrow({ where: { councilId_id: { councilId, id: locked.id } } });
    const receivedOn = isoOf(row.receivedOn) as IsoDate;
    const facts: Record<string, unknown> = {};
    const before: Record<string, Code> = {};
    const after: Record<string, Code> = {};
    if (input.localChannel !== undefined || input.channel !== undefined) {
      const local = input.localChannel
        ? await classifyLocalCode(tx, councilId, "channel", input.localChannel, receivedOn, ["input", "localChannel"], {
            given: input.channel,
            field: ["input", "channel"],
          })
        : null;
      const channel = local ? channelSchema.parse(local.canonical) : (input.channel ?? null);
      if (channel !== row.channel || (local?.code ?? null) !== row.localChannel) {
        Object.assign(facts, { channel, localChannel: local?.code ?? null, channelEntryId: local?.entryId ?? null });
        Object.assign(before, { channel: row.channel, localChannel: row.localChannel });
        Object.assign(after, { channel, localChannel: local?.code ?? null });
      }
    }
    if (input.localComplainantType !== undefined || input.complainantRelationship !== undefined) {
      const local = input.localComplainantType
        ? await classifyLocalCode(tx, councilId, "complainant_type", input.localComplainantType, receivedOn, ["input", "localComplainantType"], {
            given: input.complainantRelationship,
            field: ["input", "complainantRelationship"],
          })
        : null;
      const relationship = local ? complainantRelationshipSchema.parse(local.canonical) : (input.complainantRelationship ?? null);
      if (relationship !== row.complainantRelationship || (local?.code ?? null) !== row.localComplainantType) {
        Object.assign(facts, {
          complainantRelationship: relationship,
          localComplainantType: local?.code ?? null,
          complainantTypeEntryId: local?.entryId ?? null,
        });
        Object.assign(before, { complainantRelationship: row.complainantRelationship, localComplainantType: row.localComplainantType });
        Object.assign(after, { complainantRelationship: relationship, localComplainantType: local?.code ?? null });
      }
    }
    const personal = [
      ...(await changeText(tx, context, row.id, "summary", input.summary)),
      ...(await changeText(tx, context, row.id, "outcome_sought", input.outcomeSought)),
      ...(input.complainant ? await changePerson(tx, councilId, row.id, "complainant", input.complainant) : []),
      ...(input.child ? await changePerson(tx, councilId, row.id, "child", input.child) : []),
    ];
    const changedFacts = Object.keys(after).filter((key) => after[key] !== before[key]);
    if (changedFacts.length === 0 && personal.length === 0) return row.id;
    await bumpVersion(tx, locked, facts);
    await writeAudit(tx, context, {
      action: "updateCaseDetails",
      caseId: row.id,
      detail: {
        fields: [...changedFacts, ...personal],
        before: Object.fromEntries(changedFacts.map((key) => [key, before[key] ?? null])),
        after: Object.fromEntries(changedFacts.map((key) => [key, after[key] ?? null])),
        personalFieldsChanged: personal,
      },
    });
    return row.id;
  });
}
