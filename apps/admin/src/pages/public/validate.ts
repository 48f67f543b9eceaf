import type { FieldError } from "../../components/govuk";
import { LIMITS, WORDING } from "./wording";
import type { FormVersion, Kind, Writer } from "./wording";
import { PublicFormVersion, PublicWriter } from "../../graphql/generated/graphql";

export interface PublicValues {
  kind: Kind | "";
  writer: Writer | "";
  summary: string;
  outcomeSought: string;
  childName: string;
  name: string;
  email: string;
  phone: string;
  wantsAdvocate: "yes" | "no" | "";
  /** The honeypot: hidden from people; only a robot fills it in. */
  website: string;
}

export const EMPTY: PublicValues = {
  kind: "",
  writer: "",
  summary: "",
  outcomeSought: "",
  childName: "",
  name: "",
  email: "",
  phone: "",
  wantsAdvocate: "",
  website: "",
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9 +()-]{6,20}$/;

/** Whether the form asks the advocacy question: whenever a child or young person writes (Children Act 1989 s.26A). */
export const asksAdvocate = (v: PublicValues) => v.writer === PublicWriter.ChildOrYoungPerson;

/** GOV.UK error messages, each naming its field, in the order the fields appear. */
export function validate(v: PublicValues, version: FormVersion): FieldError[] {
  const young = version === PublicFormVersion.YoungPeople;
  const words = WORDING[version];
  const errors: FieldError[] = [];
  if (!v.kind)
    errors.push({
      field: "kind",
      message: young ? "Choose what you want to tell us" : "Select whether it is a complaint, a compliment or a comment",
    });
  if (!v.writer) errors.push({ field: "writer", message: young ? "Choose who you are" : "Select who you are" });
  const about = v.kind ? words.summaryLabel[v.kind].replace(/\?$/, "").toLowerCase() : "what you want to tell us";
  if (!v.summary.trim()) errors.push({ field: "summary", message: young ? "Tell us in your own words" : `Enter ${about}` });
  else if (v.summary.length > LIMITS.summary)
    errors.push({ field: "summary", message: `What you wrote must be ${LIMITS.summary} characters or fewer (it is ${v.summary.length})` });
  if (v.outcomeSought.length > LIMITS.outcomeSought)
    errors.push({ field: "outcomeSought", message: `What you would like to happen must be ${LIMITS.outcomeSought} characters or fewer` });
  if (v.childName.length > LIMITS.childName)
    errors.push({ field: "childName", message: `The child's name must be ${LIMITS.childName} characters or fewer` });
  if (v.name.length > LIMITS.name) errors.push({ field: "name", message: `Your name must be ${LIMITS.name} characters or fewer` });
  if (v.email.trim() && (!EMAIL.test(v.email.trim()) || v.email.length > LIMITS.email))
    errors.push({ field: "email", message: "Enter an email address in the correct format, like name@example.com" });
  if (v.phone.trim() && !PHONE.test(v.phone.trim()))
    errors.push({ field: "phone", message: "Enter a phone number, like 01632 960 001 or 07700 900 982" });
  if (asksAdvocate(v) && !v.wantsAdvocate)
    errors.push({
      field: "wantsAdvocate",
      message: young
        ? "Choose yes if you would like an advocate, or no if you would not"
        : "Select yes if you would like an advocate, or no if you would not",
    });
  return errors;
}

/** The mutation's input from answers that passed `validate` (kind and writer chosen; empty optional answers left out). */
export function toInput(v: PublicValues & { kind: Kind; writer: Writer }, councilId: string, formToken: string, version: FormVersion) {
  const opt = (s: string) => (s.trim() ? s.trim() : null);
  return {
    councilId,
    formToken,
    website: v.website,
    version,
    kind: v.kind,
    writer: v.writer,
    summary: v.summary.trim(),
    outcomeSought: opt(v.outcomeSought),
    name: opt(v.name),
    email: opt(v.email),
    phone: opt(v.phone),
    childName: v.writer === PublicWriter.ChildOrYoungPerson ? null : opt(v.childName),
    wantsAdvocate: asksAdvocate(v) ? v.wantsAdvocate === "yes" : null,
  };
}
