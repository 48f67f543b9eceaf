import type { CouncilTransaction } from "../db/client";

/**
 * Free text in lifecycle events is personal data about a child or family: a suspension's reason, an
 * extension's reason, the detail of a decision not to consider. It is stored in `case_narrative` (the
 * personal-data table, packages/db/README.md "Personal data apart") and the event's payload in `case_event`
 * keeps only a reference (`textRefs: { reason: "<case_narrative id>" }`), so the event log is facts only.
 */
export const EVENT_TEXT_FIELDS: Readonly<Record<string, ReadonlyArray<"reason" | "detail">>> = {
  suspended: ["reason"],
  extension_agreed: ["reason"],
  not_considered: ["detail"],
  closed: ["reason"],
  reopened: ["reason"],
};

/** The case_narrative kind of an event's free text: "event_reason", "event_detail". */
export function narrativeKindOf(field: string): string {
  return `event_${field}`;
}

/**
 * What the rules engine reads in place of a required text it does not need to see (it checks only that a
 * reason was given when the event was recorded; the text itself stays in case_narrative).
 */
export const TEXT_HELD_APART = "(held apart as personal data)";

export type TextRefs = Record<string, string>;

export function textRefsOf(payload: Record<string, unknown>): TextRefs {
  const refs = payload.textRefs;
  if (typeof refs !== "object" || refs === null || Array.isArray(refs)) return {};
  return Object.fromEntries(Object.entries(refs).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/**
 * Moves an event's free text into case_narrative and returns the payload to store (without the text, with
 * its references). Events without free text come back unchanged.
 */
export async function storeEventText(
  tx: CouncilTransaction,
  where: { councilId: string; caseId: string; authorId: string | null },
  type: string,
  payload: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const fields = EVENT_TEXT_FIELDS[type] ?? [];
  const stored: Record<string, unknown> = { ...payload };
  const refs: TextRefs = {};
  for (const field of fields) {
    const text = stored[field];
    delete stored[field];
    if (typeof text !== "string" || text.length === 0) continue;
    const narrative = await tx.caseNarrative.create({
      data: { councilId: where.councilId, caseId: where.caseId, kind: narrativeKindOf(field), text, authorId: where.authorId },
      select: { id: true },
    });
    refs[field] = narrative.id;
  }
  return Object.keys(refs).length > 0 ? { ...stored, textRefs: refs } : stored;
}

/**
 * A stored payload as the rules engine reads it: each referenced required text becomes TEXT_HELD_APART
 * (optional texts are left out), and the references are dropped.
 */
export function payloadForRules(type: string, payload: Record<string, unknown>): Record<string, unknown> {
  const refs = textRefsOf(payload);
  const { textRefs: _refs, ...rest } = payload;
  for (const field of Object.keys(refs)) {
    if (field === "reason" && (EVENT_TEXT_FIELDS[type] ?? []).includes("reason")) rest[field] = TEXT_HELD_APART;
  }
  return rest;
}

/** A stored payload with its referenced texts read back from case_narrative (for roles that read personal data). */
export function payloadWithText(payload: Record<string, unknown>, texts: ReadonlyMap<string, string>): Record<string, unknown> {
  const refs = textRefsOf(payload);
  const { textRefs: _refs, ...rest } = payload;
  for (const [field, id] of Object.entries(refs)) rest[field] = texts.get(id) ?? null;
  return rest;
}

/** The case_narrative ids an event's payload refers to. */
export function eventTextIds(payload: unknown): string[] {
  if (typeof payload !== "object" || payload === null) return [];
  return Object.values(textRefsOf(payload as Record<string, unknown>));
}
