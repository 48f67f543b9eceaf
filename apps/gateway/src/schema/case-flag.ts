import { builder } from "../builder";

interface CaseFlagShape {
  code: string;
  message: string;
}

/** The rules engine's flags, e.g. a complaint made after a year (SI 2006/1738 reg 9) or a late escalation request. */
export const CaseFlag = builder.objectRef<CaseFlagShape>("CaseFlag").implement({
  description: "A flag of the rules engine, e.g. a complaint made after a year (SI 2006/1738 reg 9) or a late escalation request",
  authScopes: { readCases: true },
  fields: (t) => ({
    code: t.exposeString("code", { description: "The flag's stable code, e.g. late_complaint or late_request" }),
    message: t.exposeString("message", { description: "The flag in words, for an officer" }),
  }),
});

export function flagsOf(value: unknown): CaseFlagShape[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((flag: unknown) => {
    if (typeof flag !== "object" || flag === null) return [];
    const { code, message } = flag as Record<string, unknown>;
    return typeof code === "string" && typeof message === "string" ? [{ code, message }] : [];
  });
}
