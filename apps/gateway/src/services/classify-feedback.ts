import type { IsoDate } from "@csc/rules";
import type { CouncilTransaction } from "../db/client";
import { badInput } from "../errors/gateway-error";
import { graphqlEnumName } from "../schema/enum-values";
import { entryInForce } from "./configure-vocabulary";
import type { VocabularyKind } from "./configure-inputs";

type Tx = Pick<CouncilTransaction, "vocabularyVersion" | "vocabularyEntry">;
type Field = ReadonlyArray<string | number>;

/** A local code classified by the council's vocabulary entry in force on the day the feedback was received. */
interface Classified {
  code: string;
  entryId: string;
  canonical: string;
  parentCode: string | null;
}

const NOUN: Readonly<Partial<Record<VocabularyKind, string>>> = {
  channel: "channel",
  complainant_type: "complainant type",
  reason_taxonomy: "reason",
  outcome: "outcome",
};

/**
 * Looks up `code` in the council's `kind` vocabulary as in force on `receivedOn` (cases keep the entry in
 * force when they were received). An unknown code, or a canonical value given beside it that the entry does
 * not map to, is BAD_USER_INPUT naming the field and the value as the client sends it (the enum's name: EMAIL).
 */
export async function classifyLocalCode(
  tx: Tx,
  councilId: string,
  kind: VocabularyKind,
  code: string,
  receivedOn: IsoDate,
  field: Field,
  canonical?: { given: string | null | undefined; field: Field },
): Promise<Classified> {
  const entry = await entryInForce(tx, councilId, kind, code, receivedOn);
  if (!entry) {
    const noun = NOUN[kind] ?? kind;
    throw badInput([...field], `"${code}" is not ${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun} code of your council in force on ${receivedOn}`);
  }
  if (canonical?.given != null && canonical.given !== entry.canonical) {
    throw badInput(
      [...canonical.field],
      `must be ${graphqlEnumName(entry.canonical)}, the value your council's ${NOUN[kind] ?? kind} code "${code}" maps to (or leave it out)`,
    );
  }
  const row = await tx.vocabularyEntry.findUnique({
    where: { councilId_id: { councilId, id: entry.id } },
    select: { parentCode: true },
  });
  return { code, entryId: entry.id, canonical: entry.canonical, parentCode: row?.parentCode ?? null };
}
