import type { Report } from "@csc/council-kit";
import { chromium, type Browser } from "playwright-core";
import { renderHtml } from "./html";

/**
 * The report as PDF: the print-ready HTML printed by Debian's Chromium through playwright-core (never a
 * downloaded browser), tagged and with an outline of its headings. CHROMIUM_PATH overrides /usr/bin/chromium. The page loads nothing from the network.
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

let shared: Promise<Browser> | null = null;

/** One Chromium for every PDF (starting one costs about a second); relaunched if it went away. */
function browser(): Promise<Browser> {
  if (!shared) {
    const launching = chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
    shared = launching;
    launching.then(
      (b) =>
        b.on("disconnected", () => {
          if (shared === launching) shared = null;
        }),
      () => {
        if (shared === launching) shared = null;
      },
    );
  }
  return shared;
}

/** Closes the shared browser (the gateway's stop calls it). */
export async function closePdfBrowser(): Promise<void> {
  const open = shared;
  shared = null;
  if (open) await (await open.catch(() => null))?.close();
}

export async function renderPdf(report: Report): Promise<Uint8Array> {
  // Each PDF gets its own context (no cookies, cache or storage shared between reports) in the one browser.
  const context = await (await browser()).newContext();
  try {
    const page = await context.newPage();
    await page.route("**/*", (route) => route.abort());
    await page.setContent(renderHtml(report), { waitUntil: "load" });
    // The page size and margins come from the HTML's @page rule (A4, 18 mm × 15 mm). Tagged (headings, tables and
    // figures with their alternatives reach screen readers) and with an outline (bookmarks from the h1–h3 headings).
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    return new Uint8Array(pdf);
  } finally {
    await context.close();
  }
}
