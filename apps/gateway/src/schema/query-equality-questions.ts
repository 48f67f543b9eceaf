import { equalityEntriesOn, EQUALITY_QUESTION_LABELS, type EqualityList, type EqualityQuestion } from "@csc/council-kit";
import { isoDateSchema } from "@csc/rules";
import { z } from "zod";
import { builder } from "../builder";
import { councilEqualityLists } from "../reports/equalities-keys";
import { councilScope } from "../services/council-scope";

const EqualityQuestionEnum = builder.enumType("EqualityQuestion", {
  description: "An equality monitoring question about the person who made the feedback (Equality Act 2010 protected characteristics)",
  values: {
    GENDER: { value: "gender", description: "Gender (the `gender` field of recordFeedback)" },
    ETHNICITY: { value: "ethnicity", description: "Ethnic group (the `ethnicity` field)" },
    DISABILITY: { value: "disability", description: "Disability (the `disability` field)" },
    AGE_BAND: { value: "ageBand", description: "Age band (the `ageBand` field)" },
  } satisfies Record<string, { value: EqualityQuestion; description: string }>,
});

const EqualityListSourceEnum = builder.enumType("EqualityListSource", {
  description: "Whose answers a question offers",
  values: {
    COUNCIL: { value: "council", description: "The council's own list: an answer must be one of them" },
    PLATFORM: { value: "platform", description: "The platform's list, as the council keeps none for the question" },
  } satisfies Record<string, { value: EqualityList["source"]; description: string }>,
});

const EqualityAnswer = builder.objectRef<{ code: string; label: string }>("EqualityAnswer").implement({
  description: "One answer a council offers to an equality monitoring question",
  authScopes: { handleCases: true },
  fields: (t) => ({
    code: t.exposeString("code", { description: "The code to send in recordFeedback's field for the question" }),
    label: t.exposeString("label", { description: "The answer as the form shows it" }),
  }),
});

const EqualityQuestionRef = builder.objectRef<{ list: EqualityList; on: string }>("EqualityQuestionAnswers").implement({
  description: "An equality monitoring question with the answers the council offers on a date",
  authScopes: { handleCases: true },
  fields: (t) => ({
    question: t.field({ type: EqualityQuestionEnum, description: "The question", resolve: ({ list }) => list.question }),
    label: t.string({ description: "The question as the form asks it", resolve: ({ list }) => EQUALITY_QUESTION_LABELS[list.question] }),
    source: t.field({ type: EqualityListSourceEnum, description: "Whose answers these are", resolve: ({ list }) => list.source }),
    answers: t.field({
      type: [EqualityAnswer],
      description: 'The answers in force on the date, in the list\'s order (besides them, "not_given" is always allowed)',
      resolve: ({ list, on }) => equalityEntriesOn(list, on).map((e) => ({ code: e.code, label: e.label })),
    }),
  }),
});

builder.queryField("equalityQuestions", (t) =>
  t.field({
    type: [EqualityQuestionRef],
    description:
      "The equality monitoring questions of the officer's form, each with the answers the council offers on a date: its own list where it keeps one, otherwise the platform's (reports group by these; any other answer counts as other)",
    authScopes: { handleCases: true },
    args: {
      on: t.arg({ type: "Date", required: true, description: "The date the answers must be in force on (the date the feedback was received)" }),
    },
    validate: z.object({ on: isoDateSchema }),
    resolve: async (_root, args, context) => {
      const { councilId } = councilScope(context);
      return (await councilEqualityLists(councilId)).map((list) => ({ list, on: args.on }));
    },
  }),
);
