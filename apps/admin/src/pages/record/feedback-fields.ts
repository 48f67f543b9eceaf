import { partsFromIso } from "../../components/govuk/DateInput";
import { Channel, ComplainantRelationship, FeedbackKind, Procedure, ReasonTheme } from "../../graphql/generated/graphql";

/** The record-feedback form's fields, as the officer types them (strings; dates also by part). */
export type Fields = {
  kind: string;
  receivedOn: string;
  groundsAroseOn: string;
  channel: string;
  localChannel: string;
  complainantRelationship: string;
  localComplainantType: string;
  madeByChild: string;
  advocacyOffered: string;
  advocacyTaken: string;
  advocacyProvider: string;
  procedure: string;
  courtProceedings: string;
  anotherOrganisation: string;
  teamId: string;
  summary: string;
  pointTheme: string;
  pointLocalReason: string;
  receivedDay: string;
  receivedMonth: string;
  receivedYear: string;
  pointSummary: string;
  name: string;
  email: string;
  phone: string;
  childName: string;
  groundsDay: string;
  groundsMonth: string;
  groundsYear: string;
  childDobDay: string;
  childDobMonth: string;
  childDobYear: string;
  gender: string;
  ethnicity: string;
  disability: string;
  ageBand: string;
};

/** A blank form received today (the gateway's today, Query.today). */
export const initialFields = (today: string): Fields => ({
  kind: FeedbackKind.Complaint,
  receivedOn: today,
  groundsAroseOn: "",
  channel: "",
  localChannel: "",
  complainantRelationship: "",
  localComplainantType: "",
  madeByChild: "",
  advocacyOffered: "",
  advocacyTaken: "",
  advocacyProvider: "",
  procedure: Procedure.ChildrensStatutory,
  courtProceedings: "no",
  anotherOrganisation: "no",
  teamId: "",
  summary: "",
  pointTheme: "",
  pointLocalReason: "",
  ...(() => {
    const parts = partsFromIso(today);
    return { receivedDay: parts.day, receivedMonth: parts.month, receivedYear: parts.year };
  })(),
  pointSummary: "",
  name: "",
  email: "",
  phone: "",
  childName: "",
  groundsDay: "",
  groundsMonth: "",
  groundsYear: "",
  childDobDay: "",
  childDobMonth: "",
  childDobYear: "",
  gender: "",
  ethnicity: "",
  disability: "",
  ageBand: "",
});

export const KINDS = Object.values(FeedbackKind);
export const CHANNELS = Object.values(Channel);
export const RELATIONSHIPS = Object.values(ComplainantRelationship);
/** The themes an officer chooses from: every canonical theme but "not recorded" (only imported records lack one). */
export const THEMES = Object.values(ReasonTheme).filter((theme) => theme !== ReasonTheme.NotRecorded);
export const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];
