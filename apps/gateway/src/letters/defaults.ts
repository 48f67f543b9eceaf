import type { LetterKind } from "./kinds";

/** A letter's wording: its subject line and its body (paragraphs separated by a blank line, merge fields in {{ }}). */
export interface LetterWording {
  subject: string;
  body: string;
}

const close = "Yours sincerely\n\n{{officer.name}}\nComplaints team, {{council.name}}";

/** The platform's wording of each letter, used until a council saves its own. */
export const DEFAULT_WORDING: Record<LetterKind, LetterWording> = {
  acknowledgement: {
    subject: "Your complaint, reference {{case.reference}}",
    body: `Dear {{recipient.name}}

Thank you for your complaint, which we received on {{case.receivedOn}}. Your reference is {{case.reference}}; please quote it if you contact us.

{{block.whatHappensNext}}

{{block.advocacy}}

If you have any questions, please contact the complaints team.

${close}`,
  },
  stage1_response: {
    subject: "Our response to your complaint, reference {{case.reference}}",
    body: `Dear {{recipient.name}}

Thank you for your complaint, which we received on {{case.receivedOn}}. This letter is our response at Stage 1 of the children's social care complaints procedure.

[Set out each point of the complaint, what was found and what the council will do.]

{{block.stage2Right}}

{{block.advocacy}}

${close}`,
  },
  terms_of_resolution: {
    subject: "Resolving your complaint, reference {{case.reference}}",
    body: `Dear {{recipient.name}}

Thank you for talking with us about your complaint, received on {{case.receivedOn}}. We agreed the following to resolve it:

[List the terms agreed.]

{{block.termsOfResolution}}

${close}`,
  },
  statement_of_complaint: {
    subject: "The statement of your complaint, reference {{case.reference}}",
    body: `Dear {{recipient.name}}

You asked for your complaint to be considered at Stage 2. An Investigating Officer and an Independent Person will look into it.

[The statement of complaint: each point to be investigated.]

{{block.statementOfComplaint}}

{{block.advocacy}}

${close}`,
  },
  adjudication: {
    subject: "The outcome of the Stage 2 investigation, reference {{case.reference}}",
    body: `Dear {{recipient.name}}

The investigation of your complaint at Stage 2 is complete. I have read the reports and considered each point.

[The Adjudicating Officer's decision on each point and the action the council will take.]

{{block.reviewPanelRight}}

Yours sincerely

[Adjudicating Officer]
{{council.name}}`,
  },
  review_panel_invitation: {
    subject: "Your review panel, reference {{case.reference}}",
    body: `Dear {{recipient.name}}

You asked for your complaint to be considered by a review panel. The panel will meet on [date] at [place].

{{block.panelInvitation}}

Please tell us whether you will attend and whether you need any help to take part.

${close}`,
  },
  panel_response: {
    subject: "The council's response to the review panel, reference {{case.reference}}",
    body: `Dear {{recipient.name}}

The review panel's report on your complaint has been considered by the council with the Independent Person.

[The council's decision on each of the panel's recommendations and the action it will take.]

{{block.ombudsman}}

Yours sincerely

[Director of Children's Services]
{{council.name}}`,
  },
  not_considered: {
    subject: "Your complaint, reference {{case.reference}}",
    body: `Dear {{recipient.name}}

Thank you for contacting us on {{case.receivedOn}}.

{{block.notConsidered}}

${close}`,
  },
  compliment_thanks: {
    subject: "Thank you for your compliment, reference {{case.reference}}",
    body: `Dear {{recipient.name}}

Thank you for taking the time to tell us about the good experience you had, received on {{case.receivedOn}}. We have passed your kind words on to the staff involved and their manager.

${close}`,
  },
};
