import { describe, expect, it } from "vitest";
import { parseRows } from "./parse-rows";
import { CsvRowReader } from "./row-reader";

const COLUMNS = ["Reference", "Received"] as const;
type Column = (typeof COLUMNS)[number];

const parse = (text: string) =>
  parseRows(text, {
    columns: COLUMNS,
    referenceColumn: "Reference",
    reader: (record) => new CsvRowReader<Column>(record),
    parseRow: (row) => ({ externalId: row.required("Reference"), received: row.requiredDate("Received") }),
  });

describe("parseRows", () => {
  it("parses every row in order", () => {
    expect(parse("Reference,Received\nA1,01/04/2021\nA2,2021-04-02\n")).toEqual([
      { externalId: "A1", received: "2021-04-01" },
      { externalId: "A2", received: "2021-04-02" },
    ]);
  });

  it("refuses a repeated reference, naming both rows and the reference column", () => {
    expect(() => parse("Reference,Received\nA1,01/04/2021\nA2,01/04/2021\nA1,02/04/2021\n")).toThrow(
      'row 4, column "Reference": repeats the reference on row 2; references are unique',
    );
  });

  it("refuses a header without the export's columns", () => {
    expect(() => parse("Reference\nA1\n")).toThrow(/the header lacks column "Received"/);
  });

  it("passes on the row reader's error", () => {
    expect(() => parse("Reference,Received\nA1,\n")).toThrow('row 2, column "Received": is empty; a date is required');
  });
});
