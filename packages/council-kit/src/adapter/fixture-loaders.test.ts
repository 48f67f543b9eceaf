import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureLoaders } from "./fixture-loaders";

const root = mkdtempSync(join(tmpdir(), "council-kit-loaders-"));
for (const dir of ["src", "fixtures", "published"]) mkdirSync(join(root, dir));
writeFileSync(join(root, "fixtures", "export.csv"), "Reference,Received\nC1,2021-04-01\n");
const figure = (column: string, value: number) => ({ section: "7.1", table: "compliments", row: "Compliments received", column, value });
writeFileSync(join(root, "published", "2020.json"), JSON.stringify([figure("2020/21", 46)]));
writeFileSync(join(root, "published", "2021.json"), JSON.stringify([figure("2021/22", 50)]));
writeFileSync(join(root, "published", "2019.json"), JSON.stringify([{ table: "compliments" }]));
const moduleUrl = pathToFileURL(join(root, "src", "index.ts")).href;

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("fixtureLoaders", () => {
  it("reads the fixture export from ../fixtures beside the plugin's src", async () => {
    const { fixtures } = fixtureLoaders(moduleUrl, { fixture: "export.csv", publishedYears: [] });
    expect(await fixtures()).toBe("Reference,Received\nC1,2021-04-01\n");
  });

  it("reads each year's published figures from ../published/<year>.json, in the order given", async () => {
    const { published } = fixtureLoaders(moduleUrl, { fixture: "export.csv", publishedYears: [2021, 2020] });
    expect(await published()).toEqual([
      { year: 2021, figures: [figure("2021/22", 50)] },
      { year: 2020, figures: [figure("2020/21", 46)] },
    ]);
  });

  it("rejects a published file that does not match the schema, naming the missing field", async () => {
    const { published } = fixtureLoaders(moduleUrl, { fixture: "export.csv", publishedYears: [2019] });
    await expect(published()).rejects.toThrow(/section/);
  });

  it("rejects a missing fixture file", async () => {
    const { fixtures } = fixtureLoaders(moduleUrl, { fixture: "absent.csv", publishedYears: [] });
    await expect(fixtures()).rejects.toThrow(/ENOENT/);
  });
});
