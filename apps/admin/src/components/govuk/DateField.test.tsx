import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { DateField, dateFieldValue } from "./DateField";

describe("date field (GOV.UK date input over an ISO value)", () => {
  it("gives the ISO date, nothing when empty, and marked parts no ISO check accepts", () => {
    expect(dateFieldValue({ day: "4", month: "12", year: "2026" })).toBe("2026-12-04");
    expect(dateFieldValue({ day: " ", month: "", year: "" })).toBe("");
    const impossible = dateFieldValue({ day: "31", month: "2", year: "2026" });
    expect(impossible).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(impossible).toContain("31 2 2026");
  });

  it("shows the ISO value it is given as day, month and year, and reports what is typed", () => {
    const seen: string[] = [];
    function Harness() {
      const [value, setValue] = useState("2026-03-07");
      return (
        <DateField
          id="on"
          label="Date"
          value={value}
          onChange={(v) => {
            seen.push(v);
            setValue(v);
          }}
        />
      );
    }
    render(<Harness />);
    expect(screen.getByRole("group", { name: "Date" })).toBeTruthy();
    expect((screen.getByLabelText("Day") as HTMLInputElement).value).toBe("7");
    expect((screen.getByLabelText("Month") as HTMLInputElement).value).toBe("3");
    fireEvent.change(screen.getByLabelText("Day"), { target: { value: "31" } });
    fireEvent.change(screen.getByLabelText("Month"), { target: { value: "2" } });
    // 31 February is kept as typed (not cleared) and is not a date; 31 January is.
    expect((screen.getByLabelText("Day") as HTMLInputElement).value).toBe("31");
    expect(seen.at(-1)).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    fireEvent.change(screen.getByLabelText("Month"), { target: { value: "1" } });
    expect(seen.at(-1)).toBe("2026-01-31");
    expect(screen.getByText("For example, 27 3 2026")).toBeTruthy();
  });
});
