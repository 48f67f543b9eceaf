import { describe, expect, it } from "vitest";
import { readCsv } from "./csv";
import { CsvRowReader } from "./row-reader";

type Column = "Ref" | "Received" | "Responded" | "Days" | "Urgent" | "Teams" | "Outcome" | "Note";
const HEADER = "Ref,Received,Responded,Days,Urgent,Teams,Outcome,Note";
const OUTCOMES = [
  { code: "UPHELD", label: "Upheld" },
  { code: "NOT", label: "Not upheld" },
] as const;

const reader = (line: string, separator?: string): CsvRowReader<Column> => {
  const [record] = readCsv(`${HEADER}\n${line}\n`);
  if (!record) throw new Error("no record");
  return new CsvRowReader<Column>(record, separator === undefined ? {} : { listSeparator: separator });
};

describe("CsvRowReader", () => {
  it("reads text, dates, yes/no, working days and lists", () => {
    const row = reader("C1,01/04/2021,2021-04-15,10,Yes, HUB ; CIOC ;,,");
    expect(row.row).toBe(2);
    expect(row.required("Ref")).toBe("C1");
    expect(row.text("Note")).toBeNull();
    expect(row.date("Received")).toBe("2021-04-01");
    expect(row.requiredDate("Responded")).toBe("2021-04-15");
    expect(row.yesNo("Urgent")).toBe(true);
    expect(row.workingDays("Days")).toBe(10);
    expect(row.integer("Days")).toBe(10);
    expect(row.list("Teams")).toEqual(["HUB", "CIOC"]);
    expect(row.optionalTerm("Outcome", OUTCOMES)).toBeNull();
  });

  it("splits lists on the separator it is given", () => {
    expect(reader("C1,,,,,HUB|CIOC,,", "|").list("Teams")).toEqual(["HUB", "CIOC"]);
  });

  it("names the row, the column and the rule when a required date is empty", () => {
    expect(() => reader("C1,,,,,,,").requiredDate("Received")).toThrow('row 2, column "Received": is empty; a date is required');
  });

  it("refuses working days outside 1 to 400", () => {
    expect(() => reader("C1,,,0,,,,").workingDays("Days")).toThrow(/column "Days": must be a whole number of working days from 1 to 400/);
    expect(() => reader("C1,,,401,,,,").workingDays("Days")).toThrow(/from 1 to 400/);
    expect(reader("C1,,,,,,,").workingDays("Days")).toBeNull();
    expect(() => reader("C1,,,ten,,,,").integer("Days")).toThrow(/column "Days": is not a whole number/);
  });

  it("finds a term of the vocabulary, or lists the codes allowed", () => {
    expect(reader("C1,,,,,,NOT,").optionalTerm("Outcome", OUTCOMES)).toEqual({ code: "NOT", label: "Not upheld" });
    expect(() => reader("C1,,,,,,MAYBE,").optionalTerm("Outcome", OUTCOMES)).toThrow(
      'row 2, column "Outcome": "MAYBE" is not a code of this vocabulary (expected one of UPHELD, NOT)',
    );
  });

  it("checks the order of two dates only when both are present", () => {
    const row = reader("C1,,,,,,,");
    expect(() => row.notBefore("Responded", "2021-04-01", "Received", "2021-04-02")).toThrow(
      'row 2, column "Responded": 2021-04-01 is before "Received" (2021-04-02)',
    );
    expect(() => row.notBefore("Responded", "2021-04-02", "Received", "2021-04-02")).not.toThrow();
    expect(() => row.notBefore("Responded", null, "Received", "2021-04-02")).not.toThrow();
  });

  it("requires a blank cell to be blank, and a needed cell to be filled in", () => {
    expect(() => reader("C1,,,,,,,note").blank("Note", "must be blank for a compliment")).toThrow(/column "Note": must be blank for a compliment/);
    expect(() => reader("C1,,,,,,,").blank("Note", "must be blank")).not.toThrow();
    const row = reader("C1,,,,,,,");
    expect(() => row.needs("Outcome", true, "Responded", false)).toThrow('row 2, column "Responded": is required when "Outcome" is filled in');
    expect(() => row.needs("Outcome", false, "Responded", false)).not.toThrow();
  });

  it("fails with the row alone when no column is to blame", () => {
    expect(() => reader("C1,,,,,,,").fail(null, "is a duplicate reference")).toThrow(/^row 2: is a duplicate reference$/);
  });
});
