/**
 * The council's section text as blocks every format renders: what the app's plain editor writes. A line starting
 * "## " (or "### ") is a heading; lines starting "- " or "* " are a bulleted list; other lines run together into
 * paragraphs, which blank lines separate. Inline, [words](https://…) is a link (http, https or mailto only; any
 * other target prints as plain words). Nothing else is markup: the text is never HTML.
 */
export type Inline = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };
type NarrativeBlock =
  { kind: "heading"; level: 3 | 4; inlines: Inline[] } | { kind: "paragraph"; inlines: Inline[] } | { kind: "list"; items: Inline[][] };

const LINK = /\[([^\]\n]{1,300})\]\(([^)\s]{1,2000})\)/g;
const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;

export function parseInlines(text: string): Inline[] {
  const inlines: Inline[] = [];
  let at = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, words = "", href = ""] = match;
    const index = match.index ?? 0;
    if (index > at) inlines.push({ kind: "text", text: text.slice(at, index) });
    inlines.push(SAFE_HREF.test(href) ? { kind: "link", text: words, href } : { kind: "text", text: words });
    at = index + whole.length;
  }
  if (at < text.length) inlines.push({ kind: "text", text: text.slice(at) });
  return inlines;
}

export function narrativeBlocks(text: string): NarrativeBlock[] {
  const blocks: NarrativeBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: "paragraph", inlines: parseInlines(paragraph.join(" ")) });
    if (list) blocks.push({ kind: "list", items: list.map(parseInlines) });
    paragraph = [];
    list = null;
  };
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    const heading = /^(#{2,3})\s+(.+)$/.exec(line);
    const item = /^[-*]\s+(.+)$/.exec(line);
    if (line === "") flush();
    else if (heading) {
      flush();
      blocks.push({ kind: "heading", level: heading[1] === "##" ? 3 : 4, inlines: parseInlines(heading[2] ?? "") });
    } else if (item) {
      if (paragraph.length) {
        blocks.push({ kind: "paragraph", inlines: parseInlines(paragraph.join(" ")) });
        paragraph = [];
      }
      list = [...(list ?? []), item[1] ?? ""];
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** The words of some inlines, links as "words (address)": for formats without links. */
export function plainText(inlines: Inline[]): string {
  return inlines.map((i) => (i.kind === "link" ? `${i.text} (${i.href})` : i.text)).join("");
}
