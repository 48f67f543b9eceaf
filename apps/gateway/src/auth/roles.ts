import { z } from "zod";

/** Roles a user holds in one council. The platform administrator is not a council role: it creates councils. */
export const COUNCIL_ROLES = ["complaints_officer", "manager", "analyst", "council_admin", "auditor"] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];
export const councilRoleSchema = z.enum(COUNCIL_ROLES);

/**
 * What each role may do. Analysts see aggregates only, never a case or any personal data; auditors read the
 * case facts and the audit trail but not the person; only officers and managers handle cases.
 */
export const ROLE_SCOPES = {
  handleCases: ["complaints_officer", "manager"],
  readCases: ["complaints_officer", "manager", "auditor"],
  readPersonalData: ["complaints_officer", "manager"],
  readAggregates: ["complaints_officer", "manager", "analyst", "council_admin", "auditor"],
  readAudit: ["auditor", "council_admin"],
  configureCouncil: ["council_admin"],
  /** Write the text of the council's annual report (its complaints team and its administrators). */
  writeReports: ["complaints_officer", "manager", "council_admin"],
  /** Approve the annual report and record its presentation to a committee. */
  approveReports: ["manager", "council_admin"],
} as const satisfies Record<string, ReadonlyArray<CouncilRole>>;
export type RoleScope = keyof typeof ROLE_SCOPES;

export function roleAllows(roles: ReadonlyArray<CouncilRole>, scope: RoleScope): boolean {
  const allowed: ReadonlyArray<CouncilRole> = ROLE_SCOPES[scope];
  return roles.some((role) => allowed.includes(role));
}
