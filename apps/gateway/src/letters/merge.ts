import Mustache from "mustache";
import type { LetterWording } from "./defaults";
import type { MergeValues } from "./merge-fields";
import type { BlockFacts, StatutoryBlockId } from "./statutory-blocks";
import { STATUTORY_BLOCK_IDS, statutoryBlocks } from "./statutory-blocks";

/** One paragraph of a letter; statutory paragraphs name the provision that requires them. */
export interface LetterParagraph {
  text: string;
  statutorySource: string | null;
}

/** A letter ready to print: the subject line and the paragraphs of its body. */
export interface LetterContent {
  subject: string;
  paragraphs: LetterParagraph[];
}

const MARK = "\u0000";
const markOf = (id: string) => `${MARK}block:${id}${MARK}`;
// eslint-disable-next-line no-control-regex
const SPLIT = /\u0000block:([A-Za-z0-9]+)\u0000/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** {"case.reference": "X"} as {case: {reference: "X"}}, the shape Mustache looks dotted names up in. */
function viewOf(values: MergeValues): Record<string, Record<string, string>> {
  const view: Record<string, Record<string, string>> = { block: {} };
  for (const [tag, value] of Object.entries(values)) {
    const [group, name] = tag.split(".") as [string, string];
    view[group] ??= {};
    view[group][name] = value.replace(CONTROL, "");
  }
  for (const id of STATUTORY_BLOCK_IDS) view.block![id] = markOf(id);
  return view;
}

const plain = { escape: (value: unknown) => String(value) };

/** Merges a case's values into a checked wording; the statutory blocks become their own paragraphs. */
export function mergeLetter(wording: LetterWording, values: MergeValues, facts: BlockFacts): LetterContent {
  const view = viewOf(values);
  const subject = Mustache.render(wording.subject, view, {}, plain).replace(/\s+/g, " ").trim();
  const body = Mustache.render(wording.body, view, {}, plain).replace(/\r\n/g, "\n");
  const blocks = statutoryBlocks();
  const paragraphs: LetterParagraph[] = [];
  for (const chunk of body.split(/\n[ \t]*\n/)) {
    const parts = chunk.split(SPLIT);
    parts.forEach((part, index) => {
      if (index % 2 === 1) {
        const block = blocks[part as StatutoryBlockId];
        for (const text of block.paragraphs(facts)) paragraphs.push({ text, statutorySource: block.source });
        return;
      }
      const text = part.replace(/[ \t]+\n/g, "\n").trim();
      if (text) paragraphs.push({ text, statutorySource: null });
    });
  }
  return { subject, paragraphs };
}
