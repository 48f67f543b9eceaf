import { describe, expect, it } from "vitest";
import { CaseAction } from "../../graphql/generated/graphql";
import { ACTION_FORMS } from "./action-forms";
import { caseActionOf } from "./case-action";

describe("the CaseAction of an action form's mutation", () => {
  it("names a lifecycle mutation by its enum value, and nothing else", () => {
    expect(caseActionOf("acknowledgeCase")).toBe(CaseAction.AcknowledgeCase);
    expect(caseActionOf("referToLgsco")).toBe(CaseAction.ReferToLgsco);
    expect(caseActionOf("allocateCase")).toBeNull();
    expect(caseActionOf("ACKNOWLEDGE_CASE")).toBe(CaseAction.AcknowledgeCase);
  });

  it("finds every lifecycle form's action, and a form for every action the gateway may offer", () => {
    const lifecycle = ACTION_FORMS.filter((f) => !f.always);
    expect(lifecycle.filter((f) => caseActionOf(f.action) === null).map((f) => f.action)).toEqual([]);
    const covered = new Set(lifecycle.map((f) => caseActionOf(f.action)));
    expect(Object.values(CaseAction).filter((a) => !covered.has(a))).toEqual([]);
  });
});
