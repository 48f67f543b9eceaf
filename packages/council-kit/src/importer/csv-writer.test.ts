import { describe, expect, it } from "vitest";
import { readCsv } from "./csv";
import { blankCsvRow, csvField, toUkDate, writeCsv } from "./csv-writer";

describe("csvField", () => {
  it("leaves a plain field alone and quotes one with a comma, quote or line break", () => {
    expect(csvField("Upheld")).toBe("Upheld");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\r")).toBe('"cr\r"');
  });
});

describe("writeCsv", () => {
  it("writes LF lines with a final LF by default", () => {
    expect(
      writeCsv([
        ["Ref", "Note"],
        ["A1", "x,y"],
      ]),
    ).toBe('Ref,Note\nA1,"x,y"\n');
  });

  it("writes CRLF lines when asked", () => {
    expect(writeCsv([["Ref"], ["A1"]], "\r\n")).toBe("Ref\r\nA1\r\n");
  });

  it("round-trips through readCsv", () => {
    const text = writeCsv([
      ["Ref", "Note"],
      ["A1", 'said "hello",\nthen left'],
    ]);
    expect(readCsv(text)[0]?.required("Note")).toBe('said "hello",\nthen left');
  });
});

describe("blankCsvRow", () => {
  it("has every column, blank", () => {
    expect(blankCsvRow(["Ref", "Received"] as const)).toEqual({ Ref: "", Received: "" });
  });
});

describe("toUkDate", () => {
  it("writes an ISO date as DD/MM/YYYY", () => {
    expect(toUkDate("2021-04-01")).toBe("01/04/2021");
  });
});
