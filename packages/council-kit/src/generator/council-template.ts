/**
 * The files of a new council plugin: one folder under plugins/, ready for `pnpm install` and green under the
 * conformance suite once its fixture and published figures are filled in. Pure: returns paths and contents;
 * the CLI (new-council-cli.ts) writes them.
 */
interface NewCouncilOptions {
  /** kebab-case id, e.g. "north-yorkshire" (the package is @csc/council-<id>). */
  readonly id: string;
  /** e.g. "North Yorkshire Council"; defaults to the id in title case. */
  readonly name?: string;
  /** ONS/GSS code, e.g. E10000023; defaults to a placeholder the README asks to replace. */
  readonly onsCode?: string;
  /** The financial year (its starting calendar year) of the first published report, e.g. 2021 for 2021/22. */
  readonly year?: number;
}

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function titleCase(id: string): string {
  return id
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/** Throws naming the field when an option is not usable. */
function checkNewCouncilOptions(options: NewCouncilOptions): void {
  if (!ID.test(options.id)) throw new Error(`id: "${options.id}" must be kebab-case, e.g. "north-yorkshire"`);
  if (options.onsCode !== undefined && !/^[EW]\d{8}$/.test(options.onsCode)) {
    throw new Error(`onsCode: "${options.onsCode}" must be an ONS/GSS code such as E10000013`);
  }
  if (options.year !== undefined && (!Number.isInteger(options.year) || options.year < 2000 || options.year > 2100)) {
    throw new Error(`year: ${String(options.year)} must be the financial year's starting year, e.g. 2021 for 2021/22`);
  }
}

export function councilTemplate(options: NewCouncilOptions): Record<string, string> {
  checkNewCouncilOptions(options);
  const { id } = options;
  const name = options.name ?? `${titleCase(id)} Council`;
  const onsCode = options.onsCode ?? "E99999999";
  const year = options.year ?? 2021;
  const pkg = `@csc/council-${id}`;
  return {
    "package.json": `${JSON.stringify(
      {
        name: pkg,
        version: "0.1.0",
        private: true,
        type: "module",
        description: `${name}: children's social care complaints adapter (vocabularies, layout, importer, golden figures)`,
        exports: { ".": { "@csc/source": "./src/index.ts", default: "./dist/index.js" } },
        scripts: {
          build: "node ../../tooling/scripts/build-package.mjs",
          typecheck: "tsc --noEmit -p tsconfig.json",
          lint: "eslint .",
          test: "vitest run",
        },
        dependencies: { "@csc/council-kit": "workspace:*", "@csc/rules": "workspace:*" },
        devDependencies: {
          "@csc/eslint-config": "workspace:*",
          "@csc/tsconfig": "workspace:*",
          "@csc/vitest-config": "workspace:*",
          "@types/node": "^20",
          eslint: "^9",
          tsx: "4.23.15",
          typescript: "5.9.3",
          vitest: "4.1.12",
        },
      },
      null,
      2,
    )}\n`,
    "tsconfig.json": `{\n  "extends": "@csc/tsconfig/library.json",\n  "include": ["src", "scripts", "*.config.ts", "*.config.js"]\n}\n`,
    "eslint.config.js": `import { defineConfig } from "@csc/eslint-config";\n\nexport default defineConfig({ layer: "plugin" });\n`,
    "vitest.config.ts": `import { defineConfig } from "vitest/config";\nimport { definePreset } from "@csc/vitest-config";\n\nexport default defineConfig(definePreset({ name: "${pkg}" }));\n`,
    "src/index.ts": `import { readFile, readdir } from "node:fs/promises";
import { defineCouncil, publishedFileSchema, type PublishedFigures } from "@csc/council-kit";
import { parseExport, EXPORT_COLUMNS } from "./importer/index";
import { layout } from "./layout/index";

const here = new URL("../", import.meta.url);

/** ${name}: vocabularies exactly as the council publishes them, each mapped to a canonical value. */
export const council = defineCouncil({
  id: "${id}",
  name: "${name}",
  onsCode: "${onsCode}",
  vocabularies: {
    kinds: [{ code: "Complaint", label: "Complaint", canonical: "complaint" }],
    outcomes: [
      { code: "Upheld", label: "Upheld", canonical: "upheld" },
      { code: "Not upheld", label: "Not upheld", canonical: "not_upheld" },
    ],
  },
  procedures: {
    acknowledgement: { workingDays: 3, source: "local policy: replace with the council's policy and paragraph" },
  },
  report: layout,
  importer: { format: "csv", parse: parseExport, columns: [...EXPORT_COLUMNS] },
  fixtures: () => readFile(new URL("fixtures/cases.csv", here), "utf8"),
  published: async (): Promise<PublishedFigures[]> => {
    const dir = new URL("published/", here);
    const files = (await readdir(dir)).filter((f) => /^\\d{4}\\.json$/.test(f)).sort();
    return Promise.all(
      files.map(async (file) => ({
        year: Number(file.slice(0, 4)),
        figures: publishedFileSchema.parse(JSON.parse(await readFile(new URL(file, dir), "utf8"))),
      })),
    );
  },
});
`,
    "src/layout/index.ts": `import type { ReportLayoutInput } from "@csc/council-kit";

/** The council's annual report: every table that reports figures, with the seed's titles and row labels. */
export const layout: ReportLayoutInput = {
  title: "Children's Social Care Complaints Annual Report",
  sections: [
    {
      id: "volumes",
      title: "Complaints received",
      narrative: [{ id: "summary", prompt: "Summarise the year" }],
      tables: [
        {
          id: "received",
          title: "Complaints received",
          source: "replace with the seed's section or table",
          columns: [{ label: "Previous year" }, { label: "This year" }],
          rows: [
            {
              label: "Complaints",
              cells: [
                { measure: { metric: "cases_received", filter: { kind: ["complaint"] } }, yearOffset: -1 },
                { measure: { metric: "cases_received", filter: { kind: ["complaint"] } } },
              ],
            },
          ],
        },
      ],
    },
  ],
};
`,
    "src/importer/index.ts": `import { readCsv, type ImportedCaseInput } from "@csc/council-kit";

/** The columns of the council's case-system export (one row per case). */
export const EXPORT_COLUMNS = ["Reference", "Type", "Received", "Stage 1 Responded", "Stage 1 Outcome"] as const;

/** Reads the export; errors name the row and column (ImportError). */
export function parseExport(text: string): ImportedCaseInput[] {
  return readCsv(text, EXPORT_COLUMNS).map((row) => {
    row.required("Received");
    const receivedOn = row.date("Received") as string;
    const responded = row.date("Stage 1 Responded");
    const outcome = row.optional("Stage 1 Outcome");
    return {
      externalId: row.required("Reference"),
      kind: row.required("Type"),
      receivedOn,
      points: [{ id: "p1", category: null, reason: null }],
      localOutcomes: outcome ? { stage1: outcome } : {},
      events: [
        { type: "received", on: receivedOn },
        { type: "stage_started", on: receivedOn, stage: "stage1" },
        ...(responded
          ? [{ type: "response_sent" as const, on: responded, stage: "stage1" as const, outcomes: [{ pointId: "p1", outcome: outcome === "Upheld" ? ("upheld" as const) : ("not_upheld" as const) }] }]
          : []),
      ],
    };
  });
}
`,
    "src/council.test.ts": `import { runConformanceSuite } from "@csc/council-kit/testing";
import { council } from "./index";

runConformanceSuite(council);
`,
    "fixtures/cases.csv": "Reference,Type,Received,Stage 1 Responded,Stage 1 Outcome\n",
    [`published/${year}.json`]: "[]\n",
    "README.md": `# ${pkg}

${name}'s adapter for the children's social care complaints platform (made by \`pnpm --filter @csc/council-kit new-council ${id}\`).

## To finish this council
1. Replace the ONS code (${onsCode}) and the acknowledgement target's local-policy source in \`src/index.ts\`.
2. Transcribe every figure of the council's annual report into \`published/<year>.json\`
   (\`[{ "section", "table", "row", "column", "value" }]\`, year = the financial year's start).
3. Write the vocabularies exactly as the council publishes them, each mapped to a canonical value
   (packages/rules/src/vocabulary/canonical.ts), and the report layout: every table that reports figures.
4. Describe the case system's export in \`src/importer/index.ts\` and put a fixture export in \`fixtures/cases.csv\`.
5. Register it: one line in packages/registry/src/councils.ts (see the comment there).
6. \`pnpm --filter ${pkg} test\` runs the conformance suite and the golden comparison.

## Exceptions
None yet. List here every published figure the records cannot reproduce, with its reason.
`,
  };
}
