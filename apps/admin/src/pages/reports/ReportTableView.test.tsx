import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { ReportTable } from "../../graphql/report-operations";
import { ReportTableView } from "./ReportTableView";

afterEach(cleanup);

const cell = (number: number | null) => ({ number, text: null });

function table(lastYear: Array<number | null>, thisYear: Array<number | null>): ReportTable {
  const labels = ["Stage 1", "Stage 2", "Total"];
  return {
    id: "by-stage",
    title: "Complaints by stage",
    columns: ["2024/25", "2025/26"],
    rows: labels.map((label, i) => ({ label, cells: [cell(lastYear[i] ?? null), cell(thisYear[i] ?? null)] })),
    supplied: [],
  };
}

describe("ReportTableView", () => {
  it("names the column it plots, in the chart's caption and its accessible name, and leaves the total out", () => {
    const { container } = render(<ReportTableView table={table([30, 5, 35], [40, 9, 49])} />);
    expect(screen.getByText("Chart of the 2025/26 column")).toBeTruthy();
    expect(container.querySelector("svg title")?.textContent).toBe("Chart: Complaints by stage: 2025/26");
    expect(container.querySelector("svg desc")?.textContent).toBe("Stage 1: 40; Stage 2: 9");
    expect(screen.getByRole("table")).toBeTruthy();
  });

  it("draws no chart when every figure it would plot is zero, keeping the table", () => {
    const { container } = render(<ReportTableView table={table([30, 5, 35], [0, 0, 0])} />);
    expect(container.querySelector("svg")).toBeNull();
    expect(screen.queryByText(/^Chart of the/)).toBeNull();
    expect(screen.getByRole("table").textContent).toContain("Stage 2");
  });

  it("shows a cell with no figure as the downloads' en dash, read out as no figure, and says what the dash means", () => {
    const { container } = render(<ReportTableView table={table([30, 5, 35], [40, null, 49])} />);
    const cells = [...container.querySelectorAll("tbody tr:nth-child(2) td")];
    expect(cells.map((c) => c.textContent)).toEqual(["5", "–No figure"]);
    expect(cells[1]?.querySelector('[aria-hidden="true"]')?.textContent).toBe("–");
    expect(cells[1]?.querySelector(".govuk-visually-hidden")?.textContent).toBe("No figure");
    expect(screen.getByText(/A dash \(–\) means there is no figure/)).toBeTruthy();
  });

  it("adds no note on dashes to a table where every cell has a figure", () => {
    render(<ReportTableView table={table([30, 5, 35], [40, 9, 49])} />);
    expect(screen.queryByText(/A dash \(–\) means/)).toBeNull();
  });
});
