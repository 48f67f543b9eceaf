import { graphql } from "./generated";
import type { EqualityQuestionsQuery } from "./generated/graphql";

/** The equality monitoring questions of the record-feedback form, with the answers the council offers. */
export type EqualityQuestionAnswers = EqualityQuestionsQuery["equalityQuestions"][number];

export const EQUALITY_QUESTIONS = graphql(`
  query EqualityQuestions($on: Date!) {
    equalityQuestions(on: $on) {
      question
      label
      source
      answers {
        code
        label
      }
    }
  }
`);
