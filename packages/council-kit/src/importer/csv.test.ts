import { describe, expect, it } from "vitest";
import { ImportError, readCsv, readCsvRows } from "./csv";

describe("readCsvRows", () => {
  const fields = (text: string): (readonly string[])[] => readCsvRows(text).map((r) => r.fields);

  it("reads quoted fields with commas, doubled quotes and line breaks, CRLF, LF or CR, and a BOM", () => {
    const text = '\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\n1,,3\r4,5,6\n';
    expect(fields(text)).toEqual([
      ["a", "b", "c"],
      ["x, y", 'say "hi"', "two\nlines"],
      ["1", "", "3"],
      ["4", "5", "6"],
    ]);
  });
  it("keeps a last row without a newline, drops blank rows and numbers rows as a spreadsheet does", () => {
    expect(readCsvRows('a,b\n\n"1\n1",2\n3,4')).toEqual([
      { row: 1, fields: ["a", "b"] },
      { row: 3, fields: ["1\n1", "2"] },
      { row: 4, fields: ["3", "4"] },
    ]);
  });
  it("names the row and the rule of a syntax error, never the text", () => {
    expect(() => readCsvRows('a\n"open')).toThrow(new ImportError("a quoted field is not closed before the end of the file", 2));
    expect(() => readCsvRows('a,b\nSmith"s,2\n')).toThrow(new ImportError("a quote may only start a field", 2));
    expect(() => readCsvRows('a,b\n"Smith"s,2\n')).toThrow(new ImportError("a closing quote must end its field", 2));
  });
});

describe("readCsv", () => {
  const text = "Ref,Received,Count,Advocate,Teams\nC1,2021-04-01,3,Yes,MASH; CIC\nC2,01/05/2021,,n,\n";

  it("gives typed getters per row", () => {
    const [a, b] = readCsv(text, ["Ref", "Received"]);
    expect(a!.row).toBe(2);
    expect(a!.required("Ref")).toBe("C1");
    expect(a!.date("Received")).toBe("2021-04-01");
    expect(b!.date("Received")).toBe("2021-05-01");
    expect(a!.integer("Count")).toBe(3);
    expect(b!.integer("Count")).toBeNull();
    expect(a!.boolean("Advocate")).toBe(true);
    expect(b!.boolean("Advocate")).toBe(false);
    expect(a!.list("Teams")).toEqual(["MASH", "CIC"]);
    expect(b!.list("Teams")).toEqual([]);
    expect(b!.optional("Teams")).toBeNull();
  });

  it("names the row and column of bad values, never the value itself", () => {
    const rows = readCsv("Ref,Received,Count,Advocate\n,2021-02-29,x1,maybe\n");
    const r = rows[0]!;
    expect(() => r.required("Ref")).toThrow('row 2, column "Ref": is empty; a value is required');
    expect(() => r.date("Received")).toThrow('row 2, column "Received": is not a real date written YYYY-MM-DD or DD/MM/YYYY');
    expect(() => r.integer("Count")).toThrow('row 2, column "Count": is not a whole number');
    expect(() => r.boolean("Advocate")).toThrow('row 2, column "Advocate": is not yes or no');
    expect(() => r.optional("Nope")).toThrow('row 2, column "Nope": is not a column of this file');
    try {
      r.date("Received");
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      expect((e as ImportError).row).toBe(2);
      expect((e as ImportError).column).toBe("Received");
    }
  });

  it("checks the header and row widths", () => {
    expect(() => readCsv("")).toThrow("the file is empty; expected a header row");
    expect(() => readCsv("A,B\n1,2", ["A", "C", "D"])).toThrow('row 1: the header lacks columns "C", "D"');
    expect(() => readCsv("A,A\n1,2")).toThrow('row 1: the header names column "A" twice');
    expect(() => readCsv("A,B\n1,2\n3\n")).toThrow("row 3: has 1 fields; the header has 2");
  });
});
