import { describe, expect, it } from "vitest";
import { stageCountRows } from "./StageCounts";

describe("stageCountRows", () => {
  it("names each stage, calls the gateway's `none` group cases not at a stage, and shows a withheld count as withheld", () => {
    expect(
      stageCountRows([
        { key: "none", count: 3 },
        { key: "stage1", count: 12 },
        { key: "stage2", count: null },
      ]),
    ).toEqual([
      ["Not at a stage", "3"],
      ["Stage 1", "12"],
      ["Stage 2", "Withheld (small number)"],
    ]);
  });
});
