import { readFileSync } from "node:fs";
import { publishedFileSchema } from "@csc/council-kit";
import { describe, expect, it } from "vitest";
import { generateFixture } from "../scripts/fixture/generate";

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), "utf8");

describe("fixtures/crm-export.csv", () => {
  it("is exactly what the seeded generator writes from the published figures (no hand edits)", () => {
    const published = publishedFileSchema.parse(JSON.parse(read("../published/2021.json")));
    expect(generateFixture(published)).toBe(read("../fixtures/crm-export.csv"));
  });

  it("holds no personal data: only codes, dates and references", () => {
    const text = read("../fixtures/crm-export.csv");
    expect(text).not.toMatch(/@|\b\d{5} ?\d{6}\b|\bMr\b|\bMrs\b|\bMs\b/);
  });
});
