import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup } from "@testing-library/react";
import { ErrorSummary, TextInput } from "../components/govuk";
import { useForm } from "./useForm";

type V = { email: string };
const validate = (v: V) => (v.email.includes("@") ? {} : { email: "Enter an email address, like name@council.gov.uk" });

function Probe({ onDone }: { onDone: (v: V) => void }) {
  const form = useForm<V>({ email: "" }, validate, "probe");
  return (
    <form onSubmit={form.onSubmit(onDone)} noValidate>
      <ErrorSummary errors={form.summary} />
      <TextInput
        id="email"
        label="Email"
        value={form.values.email}
        error={form.errorFor("email")}
        onChange={(x) => form.set("email", x)}
        onBlur={() => form.touch("email")}
      />
      <button type="submit">Continue</button>
    </form>
  );
}

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

describe("useForm", () => {
  it("shows no error before the user has done anything", () => {
    render(<Probe onDone={() => undefined} />);
    expect(screen.queryByText("There is a problem")).toBeNull();
  });

  it("validates on blur and shows the message beside the field", () => {
    render(<Probe onDone={() => undefined} />);
    fireEvent.blur(screen.getByLabelText("Email"));
    expect(screen.getByText(/Enter an email address/).className).toContain("govuk-error-message");
  });

  it("on submit shows the error summary linking to the field and does not call the handler", () => {
    const calls: V[] = [];
    render(<Probe onDone={(v) => calls.push(v)} />);
    fireEvent.click(screen.getByText("Continue"));
    expect(screen.getByText("There is a problem")).toBeTruthy();
    expect(screen.getByRole("link", { name: /Enter an email address/ }).getAttribute("href")).toBe("#email");
    expect(calls).toHaveLength(0);
  });

  it("keeps what was typed in a draft and submits valid values", async () => {
    const calls: V[] = [];
    render(<Probe onDone={(v) => void calls.push(v)} />);
    fireEvent.change(screen.getByLabelText("Email"), { target: { value: "a@b.org" } });
    expect(JSON.parse(sessionStorage.getItem("draft:probe") ?? "{}")).toEqual({ email: "a@b.org" });
    await act(async () => {
      fireEvent.click(screen.getByText("Continue"));
    });
    expect(calls).toEqual([{ email: "a@b.org" }]);
    expect(sessionStorage.getItem("draft:probe")).toBeNull();
  });
});
