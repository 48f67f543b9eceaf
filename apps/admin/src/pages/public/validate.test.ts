import { describe, expect, it } from "vitest";
import { EMPTY, toInput, validate } from "./validate";
import { PublicFeedbackKind, PublicFormVersion, PublicWriter } from "../../graphql/generated/graphql";

describe("the public form's checks", () => {
  it("names each missing answer in the children's words, and asks a child about an advocate", () => {
    expect(validate(EMPTY, PublicFormVersion.YoungPeople).map((e) => e.field)).toEqual(["kind", "writer", "summary"]);
    const child = { ...EMPTY, kind: PublicFeedbackKind.Complaint, writer: PublicWriter.ChildOrYoungPerson, summary: "x" };
    expect(validate(child, PublicFormVersion.YoungPeople)).toEqual([
      { field: "wantsAdvocate", message: "Choose yes if you would like an advocate, or no if you would not" },
    ]);
    expect(validate({ ...child, writer: PublicWriter.ParentOrCarer }, PublicFormVersion.General)).toEqual([]);
  });

  it("refuses too long text, a wrong email and a wrong phone number", () => {
    const v = {
      ...EMPTY,
      kind: PublicFeedbackKind.Comment,
      writer: PublicWriter.SomeoneElse,
      summary: "y".repeat(5001),
      email: "a@b",
      phone: "call me",
    };
    expect(validate(v, PublicFormVersion.General).map((e) => e.field)).toEqual(["summary", "email", "phone"]);
  });

  it("sends the advocate answer only for a child, and leaves empty answers out", () => {
    const child = {
      ...EMPTY,
      kind: PublicFeedbackKind.Complaint,
      writer: PublicWriter.ChildOrYoungPerson,
      summary: " words ",
      wantsAdvocate: "yes" as const,
      childName: "ignored",
    };
    expect(toInput(child, "demo-north", "t", PublicFormVersion.YoungPeople)).toMatchObject({
      summary: "words",
      wantsAdvocate: true,
      childName: null,
      email: null,
      website: "",
    });
    expect(toInput({ ...child, writer: PublicWriter.ParentOrCarer }, "demo-north", "t", PublicFormVersion.General)).toMatchObject({
      wantsAdvocate: null,
      childName: "ignored",
    });
  });
});
