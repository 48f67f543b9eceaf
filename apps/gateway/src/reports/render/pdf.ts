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
    const pdf = await page.pdf({ format: "A4", printBackground: true, margin: { top: "18mm", bottom: "18mm", left: "15mm", right: "15mm" } });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
