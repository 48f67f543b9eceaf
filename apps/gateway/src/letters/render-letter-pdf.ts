import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../reports/render/pdf";
import type { LetterHeading } from "./letter-heading";
import type { LetterContent } from "./merge";

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
const lines = (text: string) => escape(text).replace(/\n/g, "<br>");

/** The letter as a print-ready HTML page (A4), also used for the preview. Every value is escaped. */
export function renderLetterHtml(heading: LetterHeading, letter: LetterContent): string {
  const paragraphs = letter.paragraphs.map((p) => `<p>${lines(p.text)}</p>`).join("\n");
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escape(`${heading.title} ${heading.reference}`)}</title>
<style>@page { size: A4; margin: 20mm 18mm; } body { font-family: Arial, sans-serif; font-size: 12pt; line-height: 1.4; color: #0b0c0c; }
h1 { font-size: 16pt; margin: 0 0 8pt; } .meta { margin: 0; } .subject { font-weight: bold; margin: 16pt 0; }</style></head>
<body><h1>${escape(heading.councilName)}</h1><p class="meta">Date: ${escape(heading.date)}</p><p class="meta">Our reference: ${escape(heading.reference)}</p>
<p class="subject">${lines(letter.subject)}</p>
${paragraphs}
</body></html>`;
}

/** The letter as PDF, printed by Debian's Chromium (CHROMIUM_PATH overrides); the page loads nothing. */
export async function renderLetterPdf(heading: LetterHeading, letter: LetterContent): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.route("**/*", (route) => route.abort());
    await page.setContent(renderLetterHtml(heading, letter), { waitUntil: "load" });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
}
