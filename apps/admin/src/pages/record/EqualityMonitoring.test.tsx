import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { EqualityListSource, EqualityQuestion } from "../../graphql/generated/graphql";
import { EqualityMonitoring } from "./EqualityMonitoring";

afterEach(cleanup);

const field = (name: string) => ({ id: name, value: "", error: undefined, onChange: () => undefined });
const question = (q: EqualityQuestion, label: string, answers: Array<[string, string]>) => ({
  question: q,
  label,
  source: EqualityListSource.Council,
  answers: answers.map(([code, text]) => ({ code, label: text })),
});

describe("EqualityMonitoring", () => {
  it("offers each question's answers, and \"Prefer not to say\" once: the council's own where its list has it", () => {
    render(
      <EqualityMonitoring
        questions={[
          question(EqualityQuestion.Ethnicity, "Ethnic group", [
            ["WHITEBRITISH", "White British"],
            ["PNS", "Prefer not to say"],
          ]),
          question(EqualityQuestion.Disability, "Disability", [
            ["yes", "Disabled"],
            ["no", "Not disabled"],
          ]),
        ]}
        field={field}
      />,
    );
    const options = (label: string) =>
      within(screen.getByLabelText(label))
        .getAllByRole("option")
        .map((o) => [(o as HTMLOptionElement).value, o.textContent]);
    expect(options("Ethnic group")).toEqual([
      ["", "Not asked"],
      ["WHITEBRITISH", "White British"],
      ["PNS", "Prefer not to say"],
    ]);
    expect(options("Disability")).toEqual([
      ["", "Not asked"],
      ["yes", "Disabled"],
      ["no", "Not disabled"],
      ["not_given", "Prefer not to say"],
    ]);
  });
});
