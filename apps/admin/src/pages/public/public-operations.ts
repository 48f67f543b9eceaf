import { graphql } from "../../graphql/generated";

export const PUBLIC_FEEDBACK_FORM = graphql(`
  query PublicFeedbackForm($councilId: ID!) {
    publicFeedbackForm(councilId: $councilId) {
      councilId
      councilName
      open
      formToken
    }
  }
`);

export const SUBMIT_PUBLIC_FEEDBACK = graphql(`
  mutation SubmitPublicFeedback($input: SubmitPublicFeedbackInput!) {
    submitPublicFeedback(input: $input) {
      reference
    }
  }
`);
