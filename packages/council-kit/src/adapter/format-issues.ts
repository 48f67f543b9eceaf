import type { z } from "zod";

/**
 * Turns zod issues into readable lines, `report.sections[2].tables[0].rows[1].cells[0].measure.metric: names
 * unknown measure "foo" (expected one of: …)`. For a union (a cell may be a measure, a ratio or text) it reports
 * the branch the input came closest to.
 */
type Issue = z.core.$ZodIssue;
type PathPart = PropertyKey;

export function formatPath(path: readonly PathPart[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (typeof part === "string" && /^[A-Za-z_$][\w$]*$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

function describe(issue: Issue): string {
  const last = issue.path[issue.path.length - 1];
  if (last === "metric" && issue.code === "invalid_value" && "input" in issue && typeof issue.input === "string") {
    return `names unknown measure ${JSON.stringify(issue.input)} (expected one of: ${issue.values.map(String).join(", ")})`;
  }
  if (issue.code === "invalid_value") {
    const shown = "input" in issue && issue.input !== undefined ? `${JSON.stringify(issue.input)} is not allowed; ` : "";
    return `${shown}expected one of: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  if (issue.code === "unrecognized_keys")
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}`;
  if (issue.code === "invalid_type" && "input" in issue && issue.input === undefined) return `is required (${issue.expected})`;
  // Messages from the rules' schemas sometimes start with their own field name ("metric: must be …").
  const message = issue.message;
  return typeof last === "string" && message.startsWith(`${last}: `) ? message.slice(last.length + 2) : message;
}

export function formatIssues(issues: readonly Issue[], prefix: readonly PathPart[] = []): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const closest = [...issue.errors].sort((a, b) => score(a) - score(b))[0] ?? [];
      lines.push(...formatIssues(closest, path));
      continue;
    }
    const where = formatPath(path);
    lines.push(`${where === "" ? "council" : where}: ${describe({ ...issue, path } as Issue)}`);
  }
  return lines;
}

/** Fewer, deeper issues mean the input was meant for that branch. */
function score(branch: readonly Issue[]): number {
  const unknownKeys = branch.filter((i) => i.code === "unrecognized_keys").length;
  const shallowMissing = branch.filter((i) => i.code === "invalid_type" && i.path.length <= 1).length;
  return unknownKeys * 10 + shallowMissing * 5 + branch.length;
}
