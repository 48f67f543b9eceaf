import type { Page } from "playwright-core";
import { expect } from "vitest";

// The import-mapping steps the browser tests of issue 12 share (import-mapping.e2e.ts, council-by-configuration.e2e.ts):
// a made-up council's administrator maps the CSV export its test writes, tries the mapping, saves it and imports.

/** A CSV file as the browser uploads it. */
interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** What a mapping page's question is answered with: the field's label, then the export's column or the value's meaning. */
type Answers = ReadonlyArray<readonly [string, string]>;

/** The columns of the made-up export both tests write (Ref,Type,Received,About,Replied,Outcome,Closed), by field. */
export const STAGE_1_COLUMNS: Answers = [
  ["Case reference", "Ref"],
  ["Type of feedback", "Type"],
  ["Date received", "Received"],
  ["What the complaint is about (optional)", "About"],
  ["Date of the Stage 1 response (optional)", "Replied"],
  ["Stage 1 outcome (optional)", "Outcome"],
  ["Date closed (optional)", "Closed"],
];

/** What that export's values mean, by the label the page offers. */
export const STAGE_1_MEANINGS: Answers = [
  ["Grumble", "Complaint"],
  ["Thanks", "Compliment"],
  ["Late visit", "Delay"],
  ["Rude", "Staff attitude conduct"],
  ["Yes", "Upheld"],
  ["No", "Not upheld"],
];

/** A CSV export with its header, rows ending CRLF. */
export function csvFile(name: string, header: string, rows: readonly string[]): UploadFile {
  return { name, mimeType: "text/csv", buffer: Buffer.from([header, ...rows].join("\r\n") + "\r\n") };
}

/** Settings → Import mapping. */
export async function openImportMapping(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/settings`);
  await page.getByRole("link", { name: "Import mapping" }).click();
  await page.getByRole("heading", { level: 1, name: "Import mapping" }).waitFor();
}

/** Uploads a sample of the export, then picks each field's column and each value's meaning. */
export async function mapSample(page: Page, sample: UploadFile, columns: Answers, meanings: Answers): Promise<void> {
  await page.setInputFiles("#sample-file", sample);
  await page.getByRole("heading", { level: 2, name: "Columns" }).waitFor();
  for (const [label, column] of columns) await page.getByLabel(label, { exact: true }).selectOption(column);
  for (const [value, label] of meanings) await page.getByLabel(`"${value}" means`).selectOption({ label });
}

/** Tries the mapping on the sample; returns the trial's summary ("4 rows in the sample: 3 read, 1 refused."). */
export async function tryMapping(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Try the mapping on the sample" }).click();
  await page.getByRole("heading", { level: 2, name: "Result of the try" }).waitFor();
  return page.getByTestId("trial-summary").innerText();
}

export async function saveMapping(page: Page, version: number): Promise<void> {
  await page.getByRole("button", { name: "Save the mapping" }).click();
  await page.getByText(`Import mapping version ${version} saved.`).waitFor();
}

/** From the mapping page: "Import cases with it", then uploads the export and checks it. */
export async function checkExport(page: Page, file: UploadFile, records: number): Promise<void> {
  await page.getByRole("link", { name: "Import cases with it" }).click();
  await page.getByRole("heading", { level: 1, name: "Import cases from your old system" }).waitFor();
  await page.setInputFiles("#import-file", file);
  await checkFile(page, records);
}

/** Checks the uploaded file again and waits for the count of records read. */
export async function checkFile(page: Page, records: number): Promise<void> {
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect.poll(() => page.getByTestId("import-status").innerText(), { timeout: 30_000 }).toBe(`Checked ${records} records.`);
}

/** Imports the checked file and waits for the count of records imported. */
export async function importChecked(page: Page, records: number): Promise<void> {
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect.poll(() => page.getByTestId("import-status").innerText(), { timeout: 30_000 }).toBe(`Imported ${records} records.`);
}
