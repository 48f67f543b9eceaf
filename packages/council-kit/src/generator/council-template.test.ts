import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { CouncilAdapter } from "../adapter/council-schema";
import { importedCaseSchema } from "../imported-case";
import { councilTemplate, titleCase } from "./council-template";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const scratch = await mkdtemp(join(tmpdir(), "csc-new-council-"));

describe("new council template", () => {
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  it("makes one folder's files: package, configs, adapter, importer, conformance test, fixture, published, README", () => {
    const files = councilTemplate({ id: "north-yorkshire", onsCode: "E10000023", year: 2022 });
    expect(Object.keys(files).sort()).toEqual([
      "README.md",
      "eslint.config.js",
      "fixtures/cases.csv",
      "package.json",
      "published/2022.json",
      "src/council.test.ts",
      "src/importer/index.ts",
      "src/index.ts",
      "src/layout/index.ts",
      "tsconfig.json",
      "vitest.config.ts",
    ]);
    expect(JSON.parse(files["package.json"]!).name).toBe("@csc/council-north-yorkshire");
    expect(files["eslint.config.js"]).toContain('layer: "plugin"');
    expect(files["src/index.ts"]).toContain('name: "North Yorkshire Council"');
    expect(files["src/council.test.ts"]).toContain("runConformanceSuite(council)");
  });

  it("rejects a bad id, ONS code or year naming the field", () => {
    expect(() => councilTemplate({ id: "North Yorkshire" })).toThrow('id: "North Yorkshire" must be kebab-case');
    expect(() => councilTemplate({ id: "x", onsCode: "123" })).toThrow('onsCode: "123" must be an ONS/GSS code');
    expect(() => councilTemplate({ id: "x", year: 21 })).toThrow("year: 21 must be the financial year's starting year");
    expect(titleCase("isle-of-wight")).toBe("Isle Of Wight");
  });

  it("generates an adapter that defineCouncil accepts and an importer that reads its own export", async () => {
    const folder = join(scratch, "templateshire");
    for (const [path, content] of Object.entries(councilTemplate({ id: "templateshire" }))) {
      await mkdir(dirname(join(folder, path)), { recursive: true });
      await writeFile(join(folder, path), content);
    }
    // Resolve the workspace packages as pnpm would inside plugins/<id>.
    await mkdir(join(scratch, "node_modules/@csc"), { recursive: true });
    await symlink(packageDir, join(scratch, "node_modules/@csc/council-kit"), "dir");
    await symlink(resolve(packageDir, "../rules"), join(scratch, "node_modules/@csc/rules"), "dir");
    await writeFile(
      join(folder, "fixtures/cases.csv"),
      "Reference,Type,Received,Stage 1 Responded,Stage 1 Outcome\nT1,Complaint,2021-05-04,2021-05-12,Upheld\n",
    );
    const { council } = (await import(join(folder, "src/index.ts"))) as { council: CouncilAdapter };
    expect(council.id).toBe("templateshire");
    const cases = council.importer.parse(await council.fixtures());
    expect(cases).toHaveLength(1);
    expect(importedCaseSchema.parse(cases[0]).events.map((e) => e.type)).toEqual(["received", "stage_started", "response_sent"]);
    expect(await council.published()).toEqual([{ year: 2021, figures: [] }]);
  });
});
