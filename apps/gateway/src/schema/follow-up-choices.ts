import {
  CODE_COMPLIANCE,
  CODE_COMPLIANCE_LABELS,
  RECOMMENDATION_SOURCE_LABELS,
  RECOMMENDATION_SOURCES,
  RECOMMENDATION_STATUS_LABELS,
  RECOMMENDATION_STATUSES,
} from "@csc/rules";
import { builder } from "../builder";
import { graphqlEnumName } from "./enum-values";

/**
 * The words the app shows for the follow-up vocabularies (statuses, sources, Code compliance), from @csc/rules,
 * so the app never keeps its own copy; each value is the enum value's name on the wire (graphqlEnumName).
 */
interface ChoiceShape {
  value: string;
  label: string;
}

const FollowUpChoice = builder.objectRef<ChoiceShape>("FollowUpChoice").implement({
  description: "A value of a follow-up vocabulary and the words for it",
  authScopes: { readAggregates: true },
  fields: (t) => ({
    value: t.exposeString("value", { description: "The value to send, as the enum names it on the wire" }),
    label: t.exposeString("label", { description: "The words to show" }),
  }),
});

interface ChoicesShape {
  statuses: ChoiceShape[];
  sources: ChoiceShape[];
  compliance: ChoiceShape[];
}

const FollowUpChoices = builder.objectRef<ChoicesShape>("FollowUpChoices").implement({
  description: "The statuses and sources of recommendations and learning actions, and the Code's compliance answers",
  authScopes: { readAggregates: true },
  fields: (t) => ({
    statuses: t.field({ type: [FollowUpChoice], description: "open, in progress, done, not accepted", resolve: (c) => c.statuses }),
    sources: t.field({ type: [FollowUpChoice], description: "Stage 2, review panel, Ombudsman, learning", resolve: (c) => c.sources }),
    compliance: t.field({ type: [FollowUpChoice], description: "yes, partly, no", resolve: (c) => c.compliance }),
  }),
});

export const LEARNING_SOURCE_LABEL = "Learning action";

builder.queryField("followUpChoices", (t) =>
  t.field({
    type: FollowUpChoices,
    description: "The words for the follow-up tracker's filters and the Code self-assessment's answers",
    authScopes: { readAggregates: true },
    resolve: () => ({
      statuses: RECOMMENDATION_STATUSES.map((code) => ({ value: graphqlEnumName(code), label: RECOMMENDATION_STATUS_LABELS[code] })),
      sources: [
        ...RECOMMENDATION_SOURCES.map((code) => ({ value: graphqlEnumName(code), label: RECOMMENDATION_SOURCE_LABELS[code] })),
        { value: graphqlEnumName("learning"), label: LEARNING_SOURCE_LABEL },
      ],
      compliance: CODE_COMPLIANCE.map((code) => ({ value: graphqlEnumName(code), label: CODE_COMPLIANCE_LABELS[code] })),
    }),
  }),
);
