import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { DateInput, NO_DATE, isoFromParts, partsFromIso } from "./DateInput";
import type { DateParts } from "./DateInput";

describe("GOV.UK date input", () => {
  it("makes an ISO date only from a real day, month and 4-digit year", () => {
    expect(isoFromParts({ day: "27", month: "3", year: "2014" })).toBe("2014-03-27");
    expect(isoFromParts({ day: "31", month: "2", year: "2014" })).toBeNull();
    expect(isoFromParts({ day: "1", month: "1", year: "14" })).toBeNull();
    expect(partsFromIso("2026-03-07")).toEqual({ day: "7", month: "3", year: "2026" });
  });

  it("labels each part, groups them under the legend and shows the error", () => {
    function Harness() {
      const [value, setValue] = useState<DateParts>(NO_DATE);
      return <DateInput id="dob" label="Date of birth" hint="For example, 27 3 2014" error="Enter a real date" value={value} onChange={setValue} />;
    }
    render(<Harness />);
    const group = screen.getByRole("group", { name: "Date of birth" });
    expect(group.getAttribute("aria-describedby")).toBe("dob-hint dob-error");
    fireEvent.change(screen.getByLabelText("Month"), { target: { value: "3" } });
    expect((screen.getByLabelText("Month") as HTMLInputElement).value).toBe("3");
    expect(screen.getByLabelText("Day").id).toBe("dob");
    expect(screen.getByText("Enter a real date")).toBeTruthy();
  });
});
