import type { Report } from "@csc/council-kit";
import { chromium } from "playwright-core";
import { renderHtml } from "./html";

/**
 * The report as PDF: the print-ready HTML printed by Debian's Chromium through playwright-core (never a
 * downloaded browser). CHROMIUM_PATH overrides /usr/bin/chromium. The page loads nothing from the network.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export async function renderPdf(report: Report): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.route("**/*", (route) => route.abort());
    await page.setContent(renderHtml(report), { waitUntil: "load" });
    // The page size and margins come from the HTML's @page rule (A4, 18 mm × 15 mm).
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
