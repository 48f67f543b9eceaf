import Mustache from "mustache";
import type { LetterWording } from "./defaults";
import type { LetterKind } from "./kinds";
import { MERGE_FIELDS, MERGE_FIELD_TAGS } from "./merge-fields";
import { REQUIRED_BLOCKS, STATUTORY_BLOCK_IDS, statutoryBlocks } from "./statutory-blocks";

/** One problem with a wording: the field (subject or body) and the rule it breaks. */
interface WordingProblem {
  field: "subject" | "body";
  message: string;
}

type Span = [string, string, number, number, unknown?];

const BLOCK_PREFIX = "block.";
const isMergeField = (name: string) => Object.hasOwn(MERGE_FIELDS, name);
const isBlock = (name: string) =>
  name.startsWith(BLOCK_PREFIX) && (STATUTORY_BLOCK_IDS as ReadonlyArray<string>).includes(name.slice(BLOCK_PREFIX.length));

/** The block ids a body places at its top level (not inside a condition, so they always print). */
function walk(spans: Span[], field: WordingProblem["field"], depth: number, problems: WordingProblem[], placed: Set<string>): void {
  for (const [type, name, , , children] of spans) {
    if (type === "text" || type === "!") continue;
    if (type === "&" || type === "{") {
      problems.push({ field, message: `write {{${name}}} with two braces, not three or &` });
    } else if (type === ">" || type === "=") {
      problems.push({ field, message: `{{${type}${name}}}: partials and delimiter changes are not allowed in a letter` });
    } else if (isBlock(name)) {
      if (field === "subject") problems.push({ field, message: `{{${name}}}: a statutory block belongs in the body` });
      else if (type !== "name" || depth > 0)
        problems.push({ field, message: `{{${name}}}: a statutory block cannot be made conditional; place it on its own` });
      else placed.add(name.slice(BLOCK_PREFIX.length));
    } else if (!isMergeField(name)) {
      problems.push({ field, message: `unknown merge field {{${name}}}; the fields are ${MERGE_FIELD_TAGS.map((t) => `{{${t}}}`).join(", ")}` });
    }
    if ((type === "#" || type === "^") && Array.isArray(children)) walk(children as Span[], field, depth + 1, problems, placed);
  }
}

function parse(text: string, field: WordingProblem["field"], problems: WordingProblem[]): Span[] | null {
  try {
    return Mustache.parse(text) as unknown as Span[];
  } catch (error) {
    problems.push({ field, message: `cannot read the merge fields: ${error instanceof Error ? error.message : "unbalanced {{ }}"}` });
    return null;
  }
}

/**
 * Checks a council's wording of a letter before it is saved: every tag is a listed merge field or a statutory
 * block, and every statutory block the letter requires is still there, unconditionally.
 */
export function checkWording(kind: LetterKind, wording: LetterWording): WordingProblem[] {
  const problems: WordingProblem[] = [];
  if (wording.subject.trim().length === 0) problems.push({ field: "subject", message: "must not be empty" });
  if (wording.subject.length > 200) problems.push({ field: "subject", message: "must be at most 200 characters" });
  if (wording.body.trim().length === 0) problems.push({ field: "body", message: "must not be empty" });
  if (wording.body.length > 20_000) problems.push({ field: "body", message: "must be at most 20000 characters" });
  const placed = new Set<string>();
  const subject = parse(wording.subject, "subject", problems);
  if (subject) walk(subject, "subject", 0, problems, new Set());
  const body = parse(wording.body, "body", problems);
  if (body) {
    walk(body, "body", 0, problems, placed);
    const blocks = statutoryBlocks();
    for (const id of REQUIRED_BLOCKS[kind]) {
      if (!placed.has(id)) {
        problems.push({
          field: "body",
          message: `the statutory block {{block.${id}}} (${blocks[id].source}) must stay in this letter; the council cannot remove it`,
        });
      }
    }
  }
  return problems;
}
