import { councilProcedureSettingsSchema, toRulesSettings } from "@csc/council-kit";
import type { VocabularyKind } from "../services/configure-inputs";
import {
  CHANNELS,
  COMPLAINANT_RELATIONSHIPS,
  DEFAULT_ACKNOWLEDGEMENT_WORKING_DAYS,
  FEEDBACK_KINDS,
  LGSCO_DECISIONS,
  NOT_CONSIDERED_REASONS,
  OUTCOMES,
  REASON_THEMES,
  SERVICE_AREAS,
  type ProcedureSettingsInput,
  type ServiceArea,
} from "@csc/rules";

/**
 * What a new council starts with (issue 12, onboarding): the children's statutory procedure at its statutory
 * timescales (read from @csc/rules through council-kit's procedure settings, never copied), one version of each
 * vocabulary holding the canonical values as its entries, and one service area per canonical service area. The
 * council administrator then edits them in the settings pages (new vocabulary versions, teams, targets, calendar).
 */
/** The canonical values each stored vocabulary maps to (packages/rules/src/vocabulary/canonical.ts). */
export const STARTER_VOCABULARIES: ReadonlyArray<readonly [VocabularyKind, readonly string[]]> = [
  ["feedback_kind", FEEDBACK_KINDS],
  ["reason_taxonomy", REASON_THEMES],
  ["outcome", OUTCOMES],
  ["channel", CHANNELS],
  ["complainant_type", COMPLAINANT_RELATIONSHIPS],
  ["lgsco_decision", LGSCO_DECISIONS],
  ["not_considered_reason", NOT_CONSIDERED_REASONS],
];

export const STARTER_SERVICE_AREAS: readonly ServiceArea[] = SERVICE_AREAS;

/** "staff_attitude_conduct" → "Staff attitude conduct": a starting label the council renames in its own words. */
export function starterLabel(value: string): string {
  const words = value.replace(/_/g, " ");
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/**
 * The procedure settings a new council starts with: the statutory timescales of SI 2006/1738 (regs 14, 17, 19) and
 * the rules engine's default acknowledgement target (local policy, no statutory figure).
 */
export function starterProcedureSettings(): ProcedureSettingsInput {
  const settings = councilProcedureSettingsSchema.parse({
    acknowledgement: { workingDays: DEFAULT_ACKNOWLEDGEMENT_WORKING_DAYS, source: "local policy (platform default until the council sets its own)" },
  });
  return toRulesSettings(settings, "childrens_statutory");
}
