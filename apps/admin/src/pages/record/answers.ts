import { isoFromParts } from "../../components/govuk/DateInput";
import { formatDate, humanise } from "../../format";
import { FeedbackKind } from "../../graphql/generated/graphql";
import type { Answer } from "./CheckAnswers";
import { localLabel } from "./LocalSelect";
import type { LocalChoice } from "./ReasonSelect";

/** The council's own vocabularies in force on the date received, as the form offered them. */
interface LocalVocabularies {
  reasons: LocalChoice[];
  channels: LocalChoice[];
  complainantTypes: LocalChoice[];
}

/** The answers given on the record form, as check-your-answers shows them (each with the field to change). */
interface RecordedValues {
  kind: string;
  receivedOn: string;
  channel: string;
  localChannel: string;
  complainantRelationship: string;
  localComplainantType: string;
  madeByChild: string;
  advocacyOffered: string;
  procedure: string;
  pointTheme: string;
  pointLocalReason: string;
  teamId: string;
  summary: string;
  name: string;
  email: string;
  phone: string;
  childName: string;
  childDobDay: string;
  childDobMonth: string;
  childDobYear: string;
}

export function answersOf(
  v: RecordedValues,
  { reasons, channels, complainantTypes }: LocalVocabularies,
  teams: Array<{ id: string; name: string }>,
): Answer[] {
  const reason = reasons.find((r) => r.code === v.pointLocalReason);
  const category = reason?.parentCode ? reasons.find((r) => r.code === reason.parentCode) : null;
  const dobIso = isoFromParts({ day: v.childDobDay, month: v.childDobMonth, year: v.childDobYear });
  const dob = dobIso ? formatDate(dobIso) : "";
  const answers: Answer[] = [
    { key: "Kind", value: humanise(v.kind), field: "kind" },
    { key: "Date received", value: v.receivedOn ? formatDate(v.receivedOn) : "", field: "receivedOn" },
    { key: "How it was made", value: localLabel(channels, v.localChannel, humanise(v.channel)), field: "channel" },
    {
      key: "Who made it",
      value: localLabel(complainantTypes, v.localComplainantType, humanise(v.complainantRelationship)),
      field: "complainantRelationship",
    },
    {
      key: "Made by a child or young person",
      value: v.madeByChild === "yes" ? `Yes${v.advocacyOffered === "yes" ? ", advocacy offered" : ""}` : "No",
      field: "madeByChild",
    },
  ];
  if (v.kind === FeedbackKind.Complaint) {
    answers.push({ key: "Procedure", value: humanise(v.procedure), field: "procedure" });
    answers.push({
      key: "What it is about",
      value: reason ? `${category ? `${category.label}: ` : ""}${reason.label}` : humanise(v.pointTheme),
      field: "pointTheme",
    });
  }
  answers.push(
    { key: "Team", value: teams.find((t) => t.id === v.teamId)?.name ?? "Not allocated yet", field: "teamId" },
    { key: "What the feedback says", value: v.summary, field: "summary" },
    { key: "Complainant", value: [v.name, v.email, v.phone].filter(Boolean).join(", "), field: "name" },
    { key: "Child or young person", value: [v.childName, dob ? `born ${dob}` : ""].filter(Boolean).join(", "), field: "childName" },
  );
  return answers;
}
