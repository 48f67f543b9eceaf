/**
 * An audit record's detail as GraphQL gives it: a JSON object whose `before` and `after` (the codes of a changed fact,
 * by field) are objects. Records written before they were stored as objects hold them as JSON text, and the audit log
 * is append-only (never rewritten), so such text is read back as the object it encodes; a detail that is not an
 * object reads as `{}`.
 */
export function auditDetailOf(stored: unknown): Record<string, unknown> {
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return {};
  const detail: Record<string, unknown> = { ...stored };
  for (const key of ["before", "after"]) {
    const value = detail[key];
    if (typeof value === "string") detail[key] = objectFromText(value);
  }
  return detail;
}

function objectFromText(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
