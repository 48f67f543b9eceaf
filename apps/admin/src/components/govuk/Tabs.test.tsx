import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { MemoryRouter, useLocation } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { Tabs, chosenTab } from "./Tabs";

const ITEMS = [
  { id: "summary", label: "Summary", panel: <p>The summary</p> },
  { id: "notes", label: "Notes", panel: <p>The notes</p> },
  { id: "timeline", label: "Timeline", panel: <p>The timeline</p> },
];

function Where() {
  const location = useLocation();
  return <output>{`${location.pathname}${location.hash}`}</output>;
}

const at = (url: string) =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <Tabs title="Contents" items={ITEMS} />
      <Where />
    </MemoryRouter>,
  );

const panelOf = (name: string) => document.getElementById(screen.getByRole("tab", { name }).getAttribute("aria-controls") ?? "");

describe("GOV.UK tabs", () => {
  afterEach(cleanup);

  it("chooses the tab the URL's fragment names, else the first", () => {
    expect(chosenTab(ITEMS, "#notes")).toBe("notes");
    expect(chosenTab(ITEMS, "")).toBe("summary");
    expect(chosenTab(ITEMS, "#unknown")).toBe("summary");
    expect(chosenTab([], "#notes")).toBeUndefined();
  });

  it("shows the first panel and hides the rest, with only the chosen tab in the tab order", () => {
    at("/cases/1");
    expect(screen.getByRole("tab", { name: "Summary" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tab", { name: "Summary" }).tabIndex).toBe(0);
    expect(screen.getByRole("tab", { name: "Notes" }).getAttribute("aria-selected")).toBe("false");
    expect(screen.getByRole("tab", { name: "Notes" }).tabIndex).toBe(-1);
    expect(panelOf("Summary")?.className).toBe("govuk-tabs__panel");
    expect(panelOf("Notes")?.className).toContain("govuk-tabs__panel--hidden");
    expect(panelOf("Notes")?.getAttribute("aria-labelledby")).toBe("tab_notes");
  });

  it("opens the tab a link names, and a click chooses another and keeps it in the URL", () => {
    at("/cases/1#timeline");
    expect(panelOf("Timeline")?.className).toBe("govuk-tabs__panel");
    fireEvent.click(screen.getByRole("tab", { name: "Notes" }));
    expect(screen.getByRole("status").textContent).toBe("/cases/1#notes");
    expect(panelOf("Notes")?.className).toBe("govuk-tabs__panel");
    expect(panelOf("Timeline")?.className).toContain("govuk-tabs__panel--hidden");
  });

  it("moves between tabs with the arrow keys, focusing the tab chosen, and stops at the ends", () => {
    at("/cases/1");
    const summary = screen.getByRole("tab", { name: "Summary" });
    fireEvent.keyDown(summary, { key: "ArrowLeft" });
    expect(screen.getByRole("status").textContent).toBe("/cases/1");
    fireEvent.keyDown(summary, { key: "ArrowRight" });
    expect(screen.getByRole("status").textContent).toBe("/cases/1#notes");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Notes" }));
    fireEvent.keyDown(screen.getByRole("tab", { name: "Notes" }), { key: "ArrowLeft" });
    expect(screen.getByRole("status").textContent).toBe("/cases/1#summary");
  });
});
