import { render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { CursorPagination, useCursorPage } from "./CursorPagination";

function Probe({ size }: { size: number }) {
  return <output>{JSON.stringify(useCursorPage(size))}</output>;
}

const at = (url: string, node: ReactNode) => render(<MemoryRouter initialEntries={[url]}>{node}</MemoryRouter>);

describe("cursor pagination (GOV.UK pagination over a connection)", () => {
  it("asks for the first page, the page after a cursor, or the page before one, from the URL", () => {
    const { unmount } = at("/home", <Probe size={50} />);
    expect(JSON.parse(screen.getByRole("status").textContent ?? "")).toEqual({ first: 50 });
    unmount();
    const after = at("/home?whose=mine&after=abc", <Probe size={50} />);
    expect(JSON.parse(screen.getByRole("status").textContent ?? "")).toEqual({ first: 50, after: "abc" });
    after.unmount();
    at("/home?before=xyz", <Probe size={20} />);
    expect(JSON.parse(screen.getByRole("status").textContent ?? "")).toEqual({ last: 20, before: "xyz" });
  });

  it("links Previous and Next with their cursors, keeping the page's other parameters", () => {
    at(
      "/home?whose=mine&after=abc",
      <CursorPagination label="Pages of the worklist" pageInfo={{ hasPreviousPage: true, hasNextPage: true, startCursor: "s1", endCursor: "e9" }} />,
    );
    const nav = screen.getByRole("navigation", { name: "Pages of the worklist" });
    expect(nav.querySelector('a[rel="prev"]')?.getAttribute("href")).toBe("/home?whose=mine&before=s1");
    expect(nav.querySelector('a[rel="next"]')?.getAttribute("href")).toBe("/home?whose=mine&after=e9");
  });

  it("shows nothing when the list fits one page", () => {
    const { container } = at(
      "/home",
      <CursorPagination label="Pages" pageInfo={{ hasPreviousPage: false, hasNextPage: false, startCursor: "a", endCursor: "b" }} />,
    );
    expect(container.querySelector("nav")).toBeNull();
  });
});
