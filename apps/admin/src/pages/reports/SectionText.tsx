import type { ReactNode } from "react";

/**
 * The council's section text as the report prints it (the gateway's renderers read the same plain markup): "## "
 * headings, "- " list items, paragraphs separated by blank lines, and [words](https://…) links. React elements
 * only, never HTML from the text.
 */
const LINK = /\[([^\]\n]{1,300})\]\(((?:https?:\/\/|mailto:)[^)\s]{1,2000})\)/g;

function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  for (const m of text.matchAll(LINK)) {
    const index = m.index ?? 0;
    if (index > at) out.push(text.slice(at, index));
    out.push(
      <a key={index} className="govuk-link" href={m[2]} rel="noreferrer noopener" target="_blank">
        {m[1]}
      </a>,
    );
    at = index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

export function SectionText({ text, sectionId }: { text: string; sectionId: string }) {
  const blocks: ReactNode[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (paragraph.length)
      blocks.push(
        <p key={blocks.length} className="govuk-body">
          {inline(paragraph.join(" "))}
        </p>,
      );
    if (list.length)
      blocks.push(
        <ul key={blocks.length} className="govuk-list govuk-list--bullet">
          {list.map((item, i) => (
            <li key={i}>{inline(item)}</li>
          ))}
        </ul>,
      );
    paragraph = [];
    list = [];
  };
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    const heading = /^#{2,3}\s+(.+)$/.exec(line);
    const item = /^[-*]\s+(.+)$/.exec(line);
    if (!line) flush();
    else if (heading) {
      flush();
      blocks.push(
        <h3 key={blocks.length} className="govuk-heading-s">
          {inline(heading[1] ?? "")}
        </h3>,
      );
    } else if (item) {
      if (paragraph.length) {
        blocks.push(
          <p key={blocks.length} className="govuk-body">
            {inline(paragraph.join(" "))}
          </p>,
        );
        paragraph = [];
      }
      list.push(item[1] ?? "");
    } else {
      if (list.length) flush();
      paragraph.push(line);
    }
  }
  flush();
  return <div data-section-text={sectionId}>{blocks}</div>;
}
