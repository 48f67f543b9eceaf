import { describe, expect, it } from "vitest";
import { EMPTY, toInput, validate } from "./validate";

describe("the public form's checks", () => {
  it("names each missing answer in the children's words, and asks a child about an advocate", () => {
    expect(validate(EMPTY, "young_people").map((e) => e.field)).toEqual(["kind", "writer", "summary"]);
    const child = { ...EMPTY, kind: "complaint" as const, writer: "child_or_young_person" as const, summary: "x" };
    expect(validate(child, "young_people")).toEqual([
      { field: "wantsAdvocate", message: "Choose yes if you would like an advocate, or no if you would not" },
    ]);
    expect(validate({ ...child, writer: "parent_or_carer" }, "general")).toEqual([]);
  });

  it("refuses too long text, a wrong email and a wrong phone number", () => {
    const v = { ...EMPTY, kind: "comment" as const, writer: "someone_else" as const, summary: "y".repeat(5001), email: "a@b", phone: "call me" };
    expect(validate(v, "general").map((e) => e.field)).toEqual(["summary", "email", "phone"]);
  });

  it("sends the advocate answer only for a child, and leaves empty answers out", () => {
    const child = {
      ...EMPTY,
      kind: "complaint" as const,
      writer: "child_or_young_person" as const,
      summary: " words ",
      wantsAdvocate: "yes" as const,
      childName: "ignored",
    };
    expect(toInput(child, "demo-north", "t", "young_people")).toMatchObject({
      summary: "words",
      wantsAdvocate: true,
      childName: null,
      email: null,
      website: "",
    });
    expect(toInput({ ...child, writer: "parent_or_carer" }, "demo-north", "t", "general")).toMatchObject({
      wantsAdvocate: null,
      childName: "ignored",
    });
  });
});
