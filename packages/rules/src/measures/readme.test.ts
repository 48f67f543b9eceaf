import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DIMENSION_NAMES } from "./dimensions";
import { METRIC_NAMES, METRICS } from "./metrics";

const readme = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), "../../README.md"), "utf8");

describe("the package README documents the catalogue", () => {
  it.each(METRIC_NAMES)("metric %s with its basis", (metric) => {
    const row = readme.split("\n").find((line) => line.startsWith(`| \`${metric}\` |`));
    expect(row, metric).toBeDefined();
    expect(row).toContain(METRICS[metric].basisNote);
  });

  it.each(DIMENSION_NAMES)("dimension %s", (dimension) => {
    expect(readme).toContain(`| \`${dimension}\` |`);
  });
});
