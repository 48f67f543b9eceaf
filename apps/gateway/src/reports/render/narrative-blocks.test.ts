import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./docx";
import { narrativeHtml } from "./html";
import { narrativeBlocks, parseInlines, plainText } from "./narrative-blocks";

/** The council's section text: headings, paragraphs, lists and links in every format, never raw HTML. */
const TEXT =
  "## What changed\nWe listened.\nAnd acted.\n\n- Faster replies\n- Advocates offered\n\nSee [our policy](https://example.gov.uk/policy) or [this](javascript:void).";

describe("narrative text", () => {
  it("parses headings, paragraphs (lines run together), lists and safe links only", () => {
    expect(narrativeBlocks(TEXT)).toEqual([
      { kind: "heading", level: 3, inlines: [{ kind: "text", text: "What changed" }] },
      { kind: "paragraph", inlines: [{ kind: "text", text: "We listened. And acted." }] },
      { kind: "list", items: [[{ kind: "text", text: "Faster replies" }], [{ kind: "text", text: "Advocates offered" }]] },
      {
        kind: "paragraph",
        inlines: [
          { kind: "text", text: "See " },
          { kind: "link", text: "our policy", href: "https://example.gov.uk/policy" },
          { kind: "text", text: " or " },
          { kind: "text", text: "this" },
          { kind: "text", text: "." },
        ],
      },
    ]);
    expect(plainText(parseInlines("a [b](mailto:x@y.uk)"))).toBe("a b (mailto:x@y.uk)");
  });

  it("renders as HTML with every character escaped", () => {
    const html = narrativeHtml(`${TEXT}\n\n<script>alert(1)</script>`);
    expect(html).toContain("<h3>What changed</h3>");
    expect(html).toContain("<ul><li>Faster replies</li><li>Advocates offered</li></ul>");
    expect(html).toContain('<a href="https://example.gov.uk/policy">our policy</a>');
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("<script>");
  });

  it("renders in Word as a heading, bullets and a hyperlink, in place of the prompts", async () => {
    const bytes = await renderDocx({
      council: "x",
      period: { start: "2020-04-01", end: "2021-03-31" },
      sections: [{ id: "s", title: "Introduction", narrative: [{ id: "n", prompt: "Say hello" }], text: TEXT, tables: [] }],
    });
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toMatch(/<w:pStyle w:val="Heading3"\/>.*?What changed/s);
    expect(xml).toContain("We listened. And acted.");
    expect(xml.match(/<w:numPr>/g)?.length).toBe(2);
    expect(xml).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*>.*?our policy/s);
    expect(await zip.file("word/_rels/document.xml.rels")!.async("string")).toContain("https://example.gov.uk/policy");
    expect(xml).not.toContain("[Say hello]");
  });
});
