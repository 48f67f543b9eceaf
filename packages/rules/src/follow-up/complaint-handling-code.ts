import { z } from "zod";
import { LGSCO_CODE_SOURCE } from "../procedures/corporate";

/**
 * The Local Government and Social Care Ombudsman's Complaint Handling Code (applies from 1 April 2026): its
 * sections, under the Code's published headings, against which a council assesses itself each year (the Code's
 * section 8 expects an annual self-assessment published with an annual complaint performance and service
 * improvement report). LGSCO policy, not statute: SI 2006/1738 sets no such assessment.
 */
export const CODE_SECTIONS = [
  { id: "definition", number: 1, heading: "Definition of a complaint" },
  { id: "exclusions", number: 2, heading: "Exclusions" },
  { id: "accessibility", number: 3, heading: "Accessibility and awareness" },
  { id: "staff", number: 4, heading: "Complaint handling staff" },
  { id: "process", number: 5, heading: "The complaint handling process" },
  { id: "stages", number: 6, heading: "Complaint stages" },
  { id: "putting-right", number: 7, heading: "Putting things right" },
  { id: "self-assessment", number: 8, heading: "Self-assessment, reporting and compliance" },
  { id: "scrutiny", number: 9, heading: "Scrutiny & oversight: continuous learning and improvement" },
] as const;
export type CodeSectionId = (typeof CODE_SECTIONS)[number]["id"];
export const CODE_SECTION_IDS = CODE_SECTIONS.map((s) => s.id) as [CodeSectionId, ...CodeSectionId[]];
export const codeSectionIdSchema = z.enum(CODE_SECTION_IDS);

/** Where the sections and the annual self-assessment come from (LGSCO policy, printed beside them). */
export const CODE_SELF_ASSESSMENT_SOURCE = `${LGSCO_CODE_SOURCE}, section 8 (annual self-assessment)`;

/** How far the council meets a section of the Code, as it judges itself. */
export const CODE_COMPLIANCE = ["yes", "partly", "no"] as const;
export type CodeCompliance = (typeof CODE_COMPLIANCE)[number];
export const CODE_COMPLIANCE_LABELS: Record<CodeCompliance, string> = { yes: "Yes", partly: "Partly", no: "No" };

/** "1. Definition of a complaint": a section's number and heading as the Code prints them. */
export function codeSectionTitle(id: CodeSectionId): string {
  const section = CODE_SECTIONS.find((s) => s.id === id);
  if (!section) throw new Error(`unknown Complaint Handling Code section ${id}`);
  return `${section.number}. ${section.heading}`;
}
