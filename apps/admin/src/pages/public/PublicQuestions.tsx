import type { FormEvent } from "react";
import { Button, ErrorSummary, Radios, Textarea, TextInput } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { asksAdvocate } from "./validate";
import type { PublicValues } from "./validate";
import { WORDING } from "./wording";
import type { FormVersion, Kind, Writer } from "./wording";
import { PublicFeedbackKind, PublicWriter } from "../../graphql/generated/graphql";

interface Props {
  version: FormVersion;
  councilName: string;
  values: PublicValues;
  errors: FieldError[];
  set: <K extends keyof PublicValues>(key: K, value: PublicValues[K]) => void;
  onContinue: () => void;
}

const errorOf = (errors: FieldError[], field: string) => errors.find((e) => e.field === field)?.message;

/** The questions, on one page in fieldsets (GOV.UK): what it is, who is writing, what happened, how to reply. */
export function PublicQuestions({ version, councilName, values: v, errors, set, onContinue }: Props) {
  const words = WORDING[version];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onContinue();
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{councilName}</span>
        <h1 className="govuk-heading-l">{words.title}</h1>
        {words.intro.map((line) => (
          <p className="govuk-body" key={line}>
            {line}
          </p>
        ))}
        <form onSubmit={submit} noValidate>
          <Radios
            id="kind"
            label={words.kindQuestion}
            value={v.kind}
            error={errorOf(errors, "kind")}
            options={(Object.keys(words.kinds) as Kind[]).map((k) => ({ value: k, label: words.kinds[k].label, hint: words.kinds[k].hint }))}
            onChange={(value) => set("kind", value as Kind)}
          />
          <Radios
            id="writer"
            label={words.writerQuestion}
            value={v.writer}
            error={errorOf(errors, "writer")}
            options={(Object.keys(words.writers) as Writer[]).map((w) => ({ value: w, label: words.writers[w] }))}
            onChange={(value) => set("writer", value as Writer)}
          />
          <Textarea
            id="summary"
            label={v.kind ? words.summaryLabel[v.kind] : words.summaryLabel[PublicFeedbackKind.Complaint]}
            hint={words.summaryHint}
            rows={8}
            value={v.summary}
            error={errorOf(errors, "summary")}
            onChange={(value) => set("summary", value)}
          />
          {v.kind === PublicFeedbackKind.Complaint ? (
            <Textarea
              id="outcomeSought"
              label={words.outcomeLabel}
              hint={words.outcomeHint}
              value={v.outcomeSought}
              error={errorOf(errors, "outcomeSought")}
              onChange={(value) => set("outcomeSought", value)}
            />
          ) : null}
          {v.writer && v.writer !== PublicWriter.ChildOrYoungPerson ? (
            <TextInput
              id="childName"
              label={words.childNameLabel}
              value={v.childName}
              error={errorOf(errors, "childName")}
              onChange={(value) => set("childName", value)}
            />
          ) : null}
          {asksAdvocate(v) ? (
            <Radios
              id="wantsAdvocate"
              label={words.advocateQuestion}
              hint={words.advocateHint}
              inline
              value={v.wantsAdvocate}
              error={errorOf(errors, "wantsAdvocate")}
              options={[
                { value: "yes", label: "Yes" },
                { value: "no", label: "No" },
              ]}
              onChange={(value) => set("wantsAdvocate", value as "yes" | "no")}
            />
          ) : null}
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
              <h2 className="govuk-fieldset__heading">{words.contactHeading}</h2>
            </legend>
            <p className="govuk-hint">{words.contactHint}</p>
            <TextInput
              id="name"
              label={words.nameLabel}
              autoComplete="name"
              value={v.name}
              error={errorOf(errors, "name")}
              onChange={(value) => set("name", value)}
            />
            <TextInput
              id="email"
              type="email"
              label={words.emailLabel}
              hint={words.emailHint}
              autoComplete="email"
              value={v.email}
              error={errorOf(errors, "email")}
              onChange={(value) => set("email", value)}
            />
            <TextInput
              id="phone"
              label={words.phoneLabel}
              autoComplete="tel"
              width="20"
              value={v.phone}
              error={errorOf(errors, "phone")}
              onChange={(value) => set("phone", value)}
            />
          </fieldset>
          {/* The honeypot: off screen and out of the tab order, hidden from assistive technology. Robots fill it in. */}
          <div aria-hidden="true" style={{ position: "absolute", left: "-10000px", width: "1px", height: "1px", overflow: "hidden" }}>
            <label htmlFor="website">Leave this empty</label>
            <input
              id="website"
              name="website"
              type="text"
              tabIndex={-1}
              autoComplete="off"
              value={v.website}
              onChange={(e) => set("website", e.target.value)}
            />
          </div>
          <Button type="submit">Continue</Button>
        </form>
      </div>
    </div>
  );
}
