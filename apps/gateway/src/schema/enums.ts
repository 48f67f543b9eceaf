import { NOT_CONSIDERED_GROUNDS, NOT_CONSIDERED_REASONS, PROCEDURES, STAGES, childrensStatutoryProcedure, definitionInForce } from "@csc/rules";
import type { NotConsideredReason, ProcedureId, Stage } from "@csc/rules";
import type { AppointmentRole } from "@csc/db";
import { COUNCIL_ROLES, ROLE_SCOPES } from "../auth/roles";
import type { CouncilRole } from "../auth/roles";
import { builder } from "../builder";
import { describedValues } from "./enum-values";
import {
  CASE_STATUS_DESCRIPTIONS,
  CHANNEL_DESCRIPTIONS,
  COMPLAINANT_RELATIONSHIP_DESCRIPTIONS,
  FEEDBACK_KIND_DESCRIPTIONS,
  LGSCO_DECISION_DESCRIPTIONS,
  LGSCO_REMEDY_DESCRIPTIONS,
  OUTCOME_DESCRIPTIONS,
  REASON_THEME_DESCRIPTIONS,
  SERVICE_AREA_DESCRIPTIONS,
} from "./vocabulary-descriptions";

/** One description per value, in the vocabulary's order, made by `describe`. */
function describeEach<V extends string>(values: readonly V[], describe: (value: V) => string): Record<V, string> {
  return Object.fromEntries(values.map((value) => [value, describe(value)])) as Record<V, string>;
}

const procedureWords = (id: ProcedureId) => {
  const definition = definitionInForce(id);
  return `${definition.name} (${definition.source})`;
};

const stageWords = (stage: Stage) => {
  const definition = childrensStatutoryProcedure.stages.find((s) => s.stage === stage);
  const clock = definition?.clocks.find((c) => c.id === definition.timescaleClock);
  return definition && clock ? `${definition.label}. ${clock.label} (${clock.source})` : stage;
};

const roleWords = (role: CouncilRole) => {
  const scopes = Object.entries(ROLE_SCOPES)
    .filter(([, roles]) => (roles as readonly string[]).includes(role))
    .map(([scope]) => scope);
  return `A council role; its scopes: ${scopes.join(", ")}`;
};

/** The canonical vocabularies of @csc/rules as GraphQL enums (values identical, so no mapping layer). */
export const FeedbackKindEnum = builder.enumType("FeedbackKind", {
  description: "What kind of feedback a case records (the canonical vocabulary every council's labels map onto)",
  values: describedValues(FEEDBACK_KIND_DESCRIPTIONS),
});
export const ProcedureEnum = builder.enumType("Procedure", {
  description: "Which complaints procedure a case runs under, with the law or policy that gives it",
  values: describedValues(describeEach(PROCEDURES, procedureWords)),
});
export const StageEnum = builder.enumType("Stage", {
  description: "A stage of a complaints procedure (the statutory children's procedure's words and timescales)",
  values: describedValues(describeEach(STAGES, stageWords)),
});
export const OutcomeEnum = builder.enumType("Outcome", {
  description: "How a stage, or the case, ended",
  values: describedValues(OUTCOME_DESCRIPTIONS),
});
export const NotConsideredReasonEnum = builder.enumType("NotConsideredReason", {
  description: "The ground on which the council declined to consider a complaint, with the law or policy that gives it",
  values: describedValues(describeEach(NOT_CONSIDERED_REASONS, (reason: NotConsideredReason) => NOT_CONSIDERED_GROUNDS[reason].source)),
});
export const ReasonThemeEnum = builder.enumType("ReasonTheme", {
  description: "What a point of complaint is about (the canonical themes for comparing councils)",
  values: describedValues(REASON_THEME_DESCRIPTIONS),
});
export const ComplainantRelationshipEnum = builder.enumType("ComplainantRelationship", {
  description: "The complainant's relationship to the child (Children Act 1989 s.26(3) says who may complain)",
  values: describedValues(COMPLAINANT_RELATIONSHIP_DESCRIPTIONS),
});
export const ChannelEnum = builder.enumType("Channel", {
  description: "How the feedback reached the council",
  values: describedValues(CHANNEL_DESCRIPTIONS),
});
export const ServiceAreaEnum = builder.enumType("ServiceArea", {
  description: "The children's services area the feedback is about",
  values: describedValues(SERVICE_AREA_DESCRIPTIONS),
});
export const LgscoDecisionEnum = builder.enumType("LgscoDecision", {
  description: "The Local Government and Social Care Ombudsman's decision on a referral",
  values: describedValues(LGSCO_DECISION_DESCRIPTIONS),
});
export const LgscoRemedyEnum = builder.enumType("LgscoRemedy", {
  description: "A remedy the Ombudsman asked the council for",
  values: describedValues(LGSCO_REMEDY_DESCRIPTIONS),
});
export const CaseStatusEnum = builder.enumType("CaseStatus", {
  description: "Where a case is, derived by the rules engine from its events",
  values: describedValues(CASE_STATUS_DESCRIPTIONS),
});
export const CouncilRoleEnum = builder.enumType("CouncilRole", {
  description: "A person's role in a council; it decides what they may read and do (least privilege)",
  values: describedValues(describeEach(COUNCIL_ROLES, roleWords)),
});
export const EscalationTargetEnum = builder.enumType("EscalationTarget", {
  description: "The stage a complainant asks to escalate to",
  values: describedValues(describeEach(["stage2", "stage3"] as const, stageWords)),
});
/** Who a case appoints: at Stage 2 (SI 2006/1738 reg 17) and for the review panel (reg 19); the database's enum. */
const APPOINTMENT_ROLE_DESCRIPTIONS: Readonly<Record<AppointmentRole, string>> = {
  investigating_officer: "The investigating officer, who investigates the complaint and writes the report",
  independent_person: "The independent person, who takes part in the investigation (SI 2006/1738 reg 17)",
  adjudicating_officer: "The adjudicating officer, who considers the investigation and writes the council's adjudication",
  panel_chair: "The chair of the review panel (SI 2006/1738 reg 19)",
  panel_member: "A member of the review panel (SI 2006/1738 reg 19)",
};
export const AppointmentRoleEnum = builder.enumType("AppointmentRole", {
  description: "A role a case appoints someone to: at Stage 2 (SI 2006/1738 reg 17) or on the review panel (reg 19)",
  values: describedValues(APPOINTMENT_ROLE_DESCRIPTIONS),
});
export const InvestigatorRoleEnum = builder.enumType("InvestigatorRole", {
  description: "Who is appointed at Stage 2 (SI 2006/1738 reg 17)",
  values: describedValues({
    investigating_officer: APPOINTMENT_ROLE_DESCRIPTIONS.investigating_officer,
    independent_person: APPOINTMENT_ROLE_DESCRIPTIONS.independent_person,
  }),
});
