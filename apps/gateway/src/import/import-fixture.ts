import { CaseMappingError, importedCaseSchema, type CouncilAdapter, type ImportedCase } from "@csc/council-kit";
import { transactionConnection, type PrismaClient } from "@csc/db";
import { loadCouncil } from "@csc/registry";
import { financialYear, type IsoDate } from "@csc/rules";
import { runsAdapterRules } from "./adapter-rules";
import { caseBatch, writeCases } from "./case-batch";
import { caseRows } from "./case-rows";
import { loadRulesContext } from "../services/rules-context";
import { ensureCouncilFromAdapter } from "./council-from-adapter";

/**
 * Imports a council's fixture export: the adapter (from the registry) parses it with its importer, each record
 * is mapped and derived, and stored as an ordinary case (see case-rows.ts), all in one transaction with bulk
 * inserts. Creates the council, its teams and vocabularies first if they do not exist. A council that already
 * has cases is refused (importing twice would count every case twice).
 */
interface ImportOptions {
  /** "Today" for clocks still running; default as the council-kit plugin harness: the later of the last published year's end and the last event. */
  readonly asOf?: IsoDate;
  /** The adapter to use instead of loading it from the registry (tests). */
  readonly adapter?: CouncilAdapter;
}

export interface ImportSummary {
  councilId: string;
  councilCreated: boolean;
  imported: number;
  /** Records the adapter's vocabularies or the lifecycle refused: the case reference and the reason (no personal data). */
  skipped: { externalId: string; reason: string }[];
  asOf: IsoDate;
}

function parseFixture(adapter: CouncilAdapter, text: string): ImportedCase[] {
  return adapter.importer.parse(text).map((input, i) => {
    const parsed = importedCaseSchema.safeParse(input);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
      throw new Error(`council ${adapter.id}: record ${i + 1} of the fixture is not an ImportedCase: ${detail}`);
    }
    return parsed.data;
  });
}

async function defaultAsOf(adapter: CouncilAdapter, cases: readonly ImportedCase[]): Promise<IsoDate> {
  const years = (await adapter.published()).map((p) => p.year);
  const candidates: IsoDate[] = years.length > 0 ? [financialYear(Math.max(...years)).end] : [];
  for (const c of cases) for (const e of c.events) candidates.push(e.on);
  return candidates.sort().at(-1) ?? "2099-12-31";
}

export async function importCouncilFixture(prisma: PrismaClient, councilId: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const adapter = options.adapter ?? (await loadCouncil(councilId));
  const cases = parseFixture(adapter, await adapter.fixtures());
  const asOf = options.asOf ?? (await defaultAsOf(adapter, cases));
  return prisma.$transaction(
    async (tx) => {
      const { created, team } = await ensureCouncilFromAdapter(tx, adapter);
      if ((await tx.case.count({ where: { councilId: adapter.id } })) > 0) {
        throw new Error(`council ${adapter.id} already has cases: its fixture is imported once only`);
      }
      const rules = await loadRulesContext(tx, adapter.id, asOf);
      const adapterRules = await runsAdapterRules(tx, adapter);
      const batch = caseBatch();
      const skipped: ImportSummary["skipped"] = [];
      for (const imported of cases) {
        try {
          batch.add(caseRows(adapter, imported, team, rules, adapterRules));
        } catch (error) {
          if (!(error instanceof CaseMappingError)) throw error;
          skipped.push({ externalId: error.externalId, reason: error.message });
        }
      }
      await writeCases(await transactionConnection(tx), batch.prepare());
      return { councilId: adapter.id, councilCreated: created, imported: batch.size, skipped, asOf };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
