import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SectionText } from "./SectionText";

describe("a report section's text in the app", () => {
  it("shows headings, paragraphs, bullet lists and safe links as the report prints them, never HTML", () => {
    const text =
      "## Our year\nWe listened.\nAnd acted.\n\n- Faster replies\n- Advocates offered\n\nSee [the policy](https://example.gov.uk/p) or [this](javascript:void).\n\n<b>not bold</b>";
    const { container } = render(<SectionText text={text} sectionId="intro" />);
    expect(screen.getByRole("heading", { level: 3, name: "Our year" })).toBeTruthy();
    expect(screen.getByText("We listened. And acted.")).toBeTruthy();
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Faster replies", "Advocates offered"]);
    expect(screen.getByRole("link", { name: "the policy" }).getAttribute("href")).toBe("https://example.gov.uk/p");
    expect(screen.queryByRole("link", { name: "this" })).toBeNull();
    expect(container.querySelector("b")).toBeNull();
    expect(container.textContent).toContain("<b>not bold</b>");
  });
});
