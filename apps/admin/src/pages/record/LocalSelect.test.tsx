import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Channel } from "../../graphql/generated/graphql";
import { LocalSelect } from "./LocalSelect";

afterEach(cleanup);

function renderWith(choices: Array<{ code: string; label: string; canonical: string; parentCode: null }>) {
  const changes: Array<[string, string]> = [];
  render(
    <LocalSelect
      id="channel"
      label="How was it made?"
      empty="Not recorded"
      choices={choices}
      values={Channel}
      localValue=""
      canonicalValue=""
      onChange={(local, canonical) => changes.push([local, canonical])}
    />,
  );
  return changes;
}

describe("LocalSelect: the council's words, or the canonical values", () => {
  it("gives a council's choice with its canonical value as the enum value, though the entry stores the code", () => {
    const changes = renderWith([{ code: "WEB", label: "Online form", canonical: "web_form", parentCode: null }]);
    fireEvent.change(screen.getByLabelText("How was it made?"), { target: { value: "WEB" } });
    expect(changes).toEqual([["WEB", Channel.WebForm]]);
  });

  it("offers the canonical values in words when the council has none, and gives the one chosen", () => {
    const changes = renderWith([]);
    expect(screen.getByRole("option", { name: "Web form" })).toHaveProperty("value", Channel.WebForm);
    fireEvent.change(screen.getByLabelText("How was it made?"), { target: { value: Channel.ViaAdvocate } });
    expect(changes).toEqual([["", Channel.ViaAdvocate]]);
  });
});
