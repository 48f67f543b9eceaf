import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { Client, Provider, fetchExchange } from "urql";
import { afterEach, describe, expect, it } from "vitest";
import { TodayContext } from "../app/today";
import { RecordFeedbackPage } from "./RecordFeedbackPage";
import { initialFields } from "./record/feedback-fields";
import { validateFeedback } from "./record/feedback-input";

type Sent = { query: string; variables: { input?: Record<string, unknown> } };

const answers = (...pairs: Array<[string, string]>) => pairs.map(([code, label]) => ({ __typename: "EqualityAnswer", code, label }));
/** The gateway's equalityQuestions for a council with its own ethnicity list and the platform's answers otherwise. */
const EQUALITY = [
  { question: "GENDER", label: "Gender", source: "PLATFORM", answers: answers(["female", "Female"], ["male", "Male"]) },
  {
    question: "ETHNICITY",
    label: "Ethnic group",
    source: "COUNCIL",
    answers: answers(["WHITEBRITISH", "White British"], ["ASIAN", "Asian or Asian British"]),
  },
  { question: "DISABILITY", label: "Disability", source: "PLATFORM", answers: answers(["yes", "Disabled"], ["no", "Not disabled"]) },
  { question: "AGE_BAND", label: "Age band", source: "PLATFORM", answers: answers(["13-15", "13 to 15"], ["16-17", "16 to 17"]) },
].map((q) => ({ __typename: "EqualityQuestionAnswers", ...q }));

/** A real urql client whose fetch answers like the gateway and keeps every request body it was sent. */
function gatewayClient(sent: Sent[]): Client {
  const respond = (data: unknown) => new Response(JSON.stringify({ data }), { headers: { "content-type": "application/json" } });
  return new Client({
    url: "http://gateway.test/graphql",
    exchanges: [fetchExchange],
    fetch: async (url, init) => {
      // Queries come as GET (urql's preferGetMethod), mutations as POST.
      const params = new URL(String(url)).searchParams;
      const body: Sent = init?.body
        ? (JSON.parse(String(init.body)) as Sent)
        : { query: params.get("query") ?? "", variables: JSON.parse(params.get("variables") ?? "{}") as Sent["variables"] };
      sent.push(body);
      if (body.query.includes("recordFeedback"))
        return respond({ recordFeedback: { __typename: "Case", id: "case-1", reference: "2026-0042", flags: [] } });
      if (body.query.includes("equalityQuestions")) return respond({ equalityQuestions: EQUALITY });
      return respond({ council: { __typename: "Council", id: "demo-north", name: "Demo North", teams: [] } });
    },
  });
}

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

describe("RecordFeedbackPage: equality monitoring", () => {
  it('asks the four questions with the answers the council offers, each with "Prefer not to say", and sends the answers in the input', async () => {
    const sent: Sent[] = [];
    render(
      <Provider value={gatewayClient(sent)}>
        <TodayContext.Provider value="2026-03-31">
          <MemoryRouter>
            <RecordFeedbackPage />
          </MemoryRouter>
        </TodayContext.Provider>
      </Provider>,
    );
    const section = screen.getByRole("group", { name: "Equality monitoring (optional)" });
    await within(section).findByLabelText("Gender");
    for (const label of ["Gender", "Ethnic group", "Disability", "Age band"]) {
      const select = within(section).getByLabelText(label);
      expect(within(select).getByRole("option", { name: "Prefer not to say" })).toHaveProperty("value", "not_given");
    }
    // The council's own ethnicity list, not the platform's.
    expect(within(within(section).getByLabelText("Ethnic group")).getByRole("option", { name: "White British" })).toHaveProperty(
      "value",
      "WHITEBRITISH",
    );
    expect(within(within(section).getByLabelText("Ethnic group")).queryByRole("option", { name: "White" })).toBeNull();
    fireEvent.click(within(screen.getByRole("group", { name: "Was it made by a child or young person?" })).getByLabelText("No"));
    fireEvent.change(screen.getByLabelText("What is the complaint about?"), { target: { value: "COMMUNICATION" } });
    fireEvent.change(screen.getByLabelText("What does the feedback say?"), { target: { value: "Visits keep being cancelled." } });
    fireEvent.change(within(section).getByLabelText("Ethnic group"), { target: { value: "WHITEBRITISH" } });
    fireEvent.change(within(section).getByLabelText("Gender"), { target: { value: "not_given" } });
    fireEvent.change(within(section).getByLabelText("Age band"), { target: { value: "13-15" } });
    fireEvent.click(screen.getByRole("button", { name: "Continue" }));
    await screen.findByRole("heading", { name: "Check your answers before recording the feedback" });
    expect(sent.some((s) => s.query.includes("recordFeedback"))).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Record feedback" }));

    await waitFor(() => expect(sent.some((s) => s.query.includes("recordFeedback"))).toBe(true));
    const input = sent.find((s) => s.query.includes("recordFeedback"))?.variables.input;
    expect(input).toMatchObject({ ethnicity: "WHITEBRITISH", ageBand: "13-15", gender: "not_given", disability: null, madeByChild: false });
    expect(input?.points).toEqual([{ reasonTheme: "COMMUNICATION", localReason: null, summary: "Visits keep being cancelled." }]);
    await screen.findByRole("heading", { name: "Feedback recorded" });
    expect(screen.getByText("2026-0042")).toBeTruthy();
  });
});

describe("validateFeedback: when the matter arose, as a GOV.UK date input (reg 9)", () => {
  const base = { ...initialFields("2026-03-02"), summary: "Nobody called back." };
  const grounds = (day: string, month: string, year: string, iso: string) => ({
    ...base,
    groundsDay: day,
    groundsMonth: month,
    groundsYear: year,
    groundsAroseOn: iso,
  });

  it("accepts no date, or a real date on or before the date received", () => {
    expect(validateFeedback(base, "2026-03-31").groundsAroseOn).toBeUndefined();
    expect(validateFeedback(grounds("27", "3", "2025", "2025-03-27"), "2026-03-31").groundsAroseOn).toBeUndefined();
  });

  it("refuses a date that does not exist, and one after the date received", () => {
    expect(validateFeedback(grounds("31", "2", "2025", ""), "2026-03-31").groundsAroseOn).toBe(
      "When it happened must be a real date, for example 27 3 2025",
    );
    expect(validateFeedback(grounds("3", "3", "2026", "2026-03-03"), "2026-03-31").groundsAroseOn).toBe(
      "When it happened must be on or before the date received",
    );
  });
});
