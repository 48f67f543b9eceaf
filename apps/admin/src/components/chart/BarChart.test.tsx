import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { BarChart } from "./BarChart";

afterEach(cleanup);

describe("BarChart", () => {
  it("gives the chart a text alternative listing every value", () => {
    const { container } = render(
      <BarChart
        title="Complaints by stage"
        bars={[
          { label: "Stage 1", value: 40 },
          { label: "Stage 2", value: 9 },
        ]}
      />,
    );
    const svg = container.querySelector("svg");
    expect(svg?.getAttribute("role")).toBe("img");
    expect(container.querySelector("title")?.textContent).toBe("Chart: Complaints by stage");
    expect(container.querySelector("desc")?.textContent).toBe("Stage 1: 40; Stage 2: 9");
  });

  it("scales bars to the largest value", () => {
    const { container } = render(
      <BarChart
        title="t"
        bars={[
          { label: "a", value: 10 },
          { label: "b", value: 5 },
        ]}
      />,
    );
    const widths = [...container.querySelectorAll("rect")].map((r) => Number(r.getAttribute("width")));
    expect(widths[0]).toBe(360);
    expect(widths[1]).toBe(180);
  });

  it("draws nothing when there is no number to show", () => {
    const { container } = render(<BarChart title="t" bars={[{ label: "a", value: Number.NaN }]} />);
    expect(container.querySelector("svg")).toBeNull();
  });
});
