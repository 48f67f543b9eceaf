import { describe, expect, it } from "vitest";
import { parseReportArgs, UsageError } from "./report-args";

describe("pnpm report arguments", () => {
  it("reads --council, --year, --format and resolves --out against the caller's directory", () => {
    expect(parseReportArgs(["--council", "worcestershire", "--year", "2021", "--format", "xlsx", "--out", "out/w.xlsx"], "/home/me")).toEqual({
      council: "worcestershire",
      year: 2021,
      format: "xlsx",
      out: "/home/me/out/w.xlsx",
    });
    expect(parseReportArgs(["--", "--council=hartlepool", "--year=2020"], "/x")).toEqual({
      council: "hartlepool",
      year: 2020,
      format: "json",
      out: null,
    });
  });

  it("refuses an unknown format, a bad year, a missing council and unknown arguments, naming them", () => {
    expect(() => parseReportArgs(["--council", "a", "--year", "2021", "--format", "odt"], "/")).toThrow(
      /--format must be one of json, html, docx, pdf, xlsx, csv/,
    );
    expect(() => parseReportArgs(["--council", "a", "--year", "21"], "/")).toThrow(/--year must be four digits/);
    expect(() => parseReportArgs(["--year", "2021"], "/")).toThrow(/--council is required/);
    expect(() => parseReportArgs(["--council", "a", "--year", "2021", "--colour", "red"], "/")).toThrow(UsageError);
    expect(() => parseReportArgs(["--council", "a", "--year"], "/")).toThrow(/--year needs a value/);
  });

  it("needs --out for a binary format", () => {
    expect(() => parseReportArgs(["--council", "a", "--year", "2021", "--format", "pdf"], "/")).toThrow(/--format pdf writes a file: give --out/);
  });
});
