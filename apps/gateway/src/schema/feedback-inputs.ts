import { builder } from "../builder";
import { ChannelEnum, ComplainantRelationshipEnum, FeedbackKindEnum, ProcedureEnum, ReasonThemeEnum } from "./enums";
import { emailRule, idRule, listRule, phoneRule, textRule } from "./input-rules";

/** The input of recordFeedback: each field with its description and what makes its value good. */
const PointOfComplaintInput = builder.inputType("PointOfComplaintInput", {
  description: "One point of complaint, as recorded with new feedback",
  fields: (t) => ({
    summary: t.string({ description: "What the complainant said (personal data)", validate: textRule(2000) }),
    reasonTheme: t.field({ description: "What the point is about (the canonical theme)", type: ReasonThemeEnum }),
    localReason: t.string({
      required: false,
      description: "The council's own reason code (in recordFeedback: classified by the reason taxonomy in force on receivedOn)",
      validate: textRule(120),
    }),
  }),
});

const ComplainantInput = builder.inputType("ComplainantInput", {
  description: "Personal data: kept apart from the facts reports use",
  fields: (t) => ({
    name: t.string({ description: "The complainant's name", required: false, validate: textRule(200) }),
    email: t.string({ description: "The complainant's email address", required: false, validate: emailRule }),
    phone: t.string({ description: "The complainant's telephone number", required: false, validate: phoneRule }),
    address: t.string({ description: "The complainant's postal address", required: false, validate: textRule(500) }),
  }),
});

const ChildInput = builder.inputType("ChildInput", {
  description: "The child or young person the feedback is about. Personal data: kept apart from the facts reports use",
  fields: (t) => ({
    name: t.string({ required: false, description: "The child's name, as the council records it", validate: textRule(200) }),
    dateOfBirth: t.field({ type: "Date", required: false, description: "The child's date of birth" }),
  }),
});

const code = textRule(120);

export const RecordFeedbackInput = builder.inputType("RecordFeedbackInput", {
  description: "A new piece of feedback as the council received it; the case's clocks start from receivedOn",
  fields: (t) => ({
    kind: t.field({ description: "What kind of feedback it is", type: FeedbackKindEnum }),
    procedure: t.field({
      description: "The procedure a complaint runs under, when already known (decideProcedure can set it later)",
      type: ProcedureEnum,
      required: false,
    }),
    receivedOn: t.field({ description: "The day the council received the feedback (day 0 of its clocks)", type: "Date" }),
    groundsAroseOn: t.field({
      description: "The day the matters complained about arose (a complaint more than a year later may be late: SI 2006/1738 reg 9)",
      type: "Date",
      required: false,
    }),
    channel: t.field({ description: "How the feedback reached the council (or give localChannel)", type: ChannelEnum, required: false }),
    localChannel: t.string({
      required: false,
      description: "The council's own channel code; its canonical channel is taken from the vocabulary in force on receivedOn",
      validate: code,
    }),
    complainantRelationship: t.field({
      description: "The complainant's relationship to the child (or give localComplainantType)",
      type: ComplainantRelationshipEnum,
      required: false,
    }),
    localComplainantType: t.string({
      required: false,
      description: "The council's own complainant type code; its canonical relationship is taken from the vocabulary in force on receivedOn",
      validate: code,
    }),
    madeByChild: t.boolean({ description: "Whether the child or young person made the complaint themselves" }),
    advocacyOffered: t.boolean({ description: "Whether advocacy was offered (Children Act 1989 s.26A)", required: false }),
    advocacyTaken: t.boolean({ description: "Whether the child took up advocacy", required: false }),
    advocacyProvider: t.string({ description: "Who provided the advocacy", required: false, validate: code }),
    teamId: t.id({ description: "The team of your council the feedback is about (see Query.teams)", required: false, validate: idRule }),
    madeForChild: t.boolean({ description: "Whether someone made the complaint on the child's behalf", required: false }),
    gender: t.string({ required: false, description: 'Council code, or "not_given"', validate: code }),
    ethnicity: t.string({ required: false, description: 'Council code, or "not_given"', validate: code }),
    disability: t.string({ required: false, description: 'Council code, or "not_given"', validate: code }),
    ageBand: t.string({ required: false, description: 'Council code, or "not_given"', validate: code }),
    summary: t.string({ description: "What the feedback says (personal data)", validate: textRule(10_000) }),
    complainant: t.field({ description: "Who complained (personal data)", type: ComplainantInput, required: false }),
    child: t.field({ type: ChildInput, required: false, description: "The child the feedback is about (personal data)" }),
    points: t.field({
      description: "The points of complaint, each with its theme",
      type: [PointOfComplaintInput],
      required: false,
      validate: listRule(50, "at most 50 points of complaint"),
    }),
  }),
});
