import {
  CHANNELS,
  COMPLAINANT_RELATIONSHIPS,
  FEEDBACK_KINDS,
  LGSCO_DECISIONS,
  LGSCO_REMEDIES,
  NOT_CONSIDERED_REASONS,
  OUTCOMES,
  PROCEDURES,
  REASON_THEMES,
  SERVICE_AREAS,
  STAGES,
} from "@csc/rules";
import { COUNCIL_ROLES } from "../auth/roles";
import { builder } from "../builder";

/** The canonical vocabularies of @csc/rules as GraphQL enums (values identical, so no mapping layer). */
export const FeedbackKindEnum = builder.enumType("FeedbackKind", { values: FEEDBACK_KINDS });
export const ProcedureEnum = builder.enumType("Procedure", { values: PROCEDURES });
export const StageEnum = builder.enumType("Stage", { values: STAGES });
export const OutcomeEnum = builder.enumType("Outcome", { values: OUTCOMES });
export const NotConsideredReasonEnum = builder.enumType("NotConsideredReason", { values: NOT_CONSIDERED_REASONS });
export const ReasonThemeEnum = builder.enumType("ReasonTheme", { values: REASON_THEMES });
export const ComplainantRelationshipEnum = builder.enumType("ComplainantRelationship", {
  values: COMPLAINANT_RELATIONSHIPS,
});
export const ChannelEnum = builder.enumType("Channel", { values: CHANNELS });
export const ServiceAreaEnum = builder.enumType("ServiceArea", { values: SERVICE_AREAS });
export const LgscoDecisionEnum = builder.enumType("LgscoDecision", { values: LGSCO_DECISIONS });
export const LgscoRemedyEnum = builder.enumType("LgscoRemedy", { values: LGSCO_REMEDIES });
export const CouncilRoleEnum = builder.enumType("CouncilRole", { values: COUNCIL_ROLES });
export const EscalationTargetEnum = builder.enumType("EscalationTarget", { values: ["stage2", "stage3"] as const });
export const InvestigatorRoleEnum = builder.enumType("InvestigatorRole", {
  values: ["investigating_officer", "independent_person"] as const,
});
