import { randomUUID } from "node:crypto";
import type { CouncilTransaction } from "../db/client";

/**
 * Free text in lifecycle events is personal data about a child or family: a suspension's reason, an
 * extension's reason, the detail of a decision not to consider. It is stored in `case_narrative` (the
 * personal-data table, packages/db/README.md "Personal data apart") and the event's payload in `case_event`
 * keeps only a reference (`textRefs: { reason: "<case_narrative id>" }`), so the event log is facts only.
 */
export const EVENT_TEXT_FIELDS: Readonly<Record<string, ReadonlyArray<"reason" | "detail" | "childViews">>> = {
  suspended: ["reason"],
  extension_agreed: ["reason"],
  not_considered: ["detail", "childViews"],
  closed: ["reason"],
  reopened: ["reason"],
};

/** The case_narrative kind of an event's free text: "event_reason", "event_detail". */
function narrativeKindOf(field: string): string {
  return `event_${field}`;
}

/**
 * What the rules engine reads in place of a required text it does not need to see (it checks only that a
 * reason was given when the event was recorded; the text itself stays in case_narrative).
 */
export const TEXT_HELD_APART = "(held apart as personal data)";

type TextRefs = Record<string, string>;

function textRefsOf(payload: Record<string, unknown>): TextRefs {
  const refs = payload.textRefs;
  if (typeof refs !== "object" || refs === null || Array.isArray(refs)) return {};
  return Object.fromEntries(Object.entries(refs).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/** One free text taken out of an event's payload, to be stored in case_narrative under `id`. */
type HeldApartText = { id: string; kind: string; text: string };

/**
 * Takes an event's free text out of its payload: the payload to store (without the text, with references to
 * the case_narrative rows `newId` names) and the texts to store there. Events without free text come back
 * unchanged. The one rule for what stays out of the append-only log, used by the live path and the importer.
 */
export function holdEventTextApart(
  type: string,
  payload: Record<string, unknown>,
  newId: () => string,
): { payload: Record<string, unknown>; texts: HeldApartText[] } {
  const fields = EVENT_TEXT_FIELDS[type] ?? [];
  const stored: Record<string, unknown> = { ...payload };
  const refs: TextRefs = {};
  const texts: HeldApartText[] = [];
  for (const field of fields) {
    const text = stored[field];
    delete stored[field];
    if (typeof text !== "string" || text.length === 0) continue;
    const id = newId();
    texts.push({ id, kind: narrativeKindOf(field), text });
    refs[field] = id;
  }
  return { payload: Object.keys(refs).length > 0 ? { ...stored, textRefs: refs } : stored, texts };
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
  const held = holdEventTextApart(type, payload, randomUUID);
  for (const text of held.texts) {
    await tx.caseNarrative.create({
      data: { id: text.id, councilId: where.councilId, caseId: where.caseId, kind: text.kind, text: text.text, authorId: where.authorId },
      select: { id: true },
    });
  }
  return held.payload;
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
