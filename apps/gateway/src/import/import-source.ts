import { type CaseFactsCouncil, type CouncilAdapter, type ImportMapping, importMappingSchema, type MappingVocabularies } from "@csc/council-kit";
import { UnknownCouncilError, loadCouncil } from "@csc/registry";
import type { CouncilTransaction } from "../db/client";
import { storedCouncil } from "./stored-council";

/** The mapping in force (the highest version), with who saved it; null when the council has none. */
export interface StoredImportMapping {
  version: number;
  mapping: ImportMapping;
  savedAt: Date;
  savedByName: string;
}

export async function mappingInForce(tx: CouncilTransaction, councilId: string): Promise<StoredImportMapping | null> {
  const row = await tx.importMapping.findFirst({ where: { councilId }, orderBy: { version: "desc" } });
  if (!row) return null;
  // Stored only after validation (saveImportMapping), so it parses; the defaults fill in what was left out.
  return { version: row.version, mapping: importMappingSchema.parse(row.mapping), savedAt: row.savedAt, savedByName: row.savedByName };
}

/** The council's adapter in the registry, or null for a council created in the app. */
export async function registeredAdapter(councilId: string): Promise<CouncilAdapter | null> {
  try {
    return await loadCouncil(councilId);
  } catch (error) {
    if (error instanceof UnknownCouncilError) return null;
    throw error;
  }
}

/**
 * Whose vocabularies an import reads codes through: the registered adapter's (as toCaseFacts maps them), or, for
 * a council created in the app, the council's stored ones.
 */
export async function importCouncil(tx: CouncilTransaction, councilId: string, adapter: CouncilAdapter | null): Promise<CaseFactsCouncil> {
  return adapter ?? (await storedCouncil(tx, councilId));
}

export const mappingVocabularies = (council: CaseFactsCouncil): MappingVocabularies => council.vocabularies;
