import { gql } from "urql";

export const PUBLIC_FEEDBACK_FORM = gql`
  query PublicFeedbackForm($councilId: ID!) {
    publicFeedbackForm(councilId: $councilId) {
      councilId
      councilName
      open
      formToken
    }
  }
`;

export const SUBMIT_PUBLIC_FEEDBACK = gql`
  mutation SubmitPublicFeedback($input: SubmitPublicFeedbackInput!) {
    submitPublicFeedback(input: $input) {
      reference
    }
  }
`;

export interface PublicFeedbackFormData {
  publicFeedbackForm: { councilId: string; councilName: string; open: boolean; formToken: string };
}
export interface SubmitPublicFeedbackData {
  submitPublicFeedback: { reference: string };
}
