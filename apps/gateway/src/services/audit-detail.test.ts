import { describe, expect, it } from "vitest";
import { auditDetailOf } from "./audit-detail";

describe("an audit record's detail", () => {
  it("gives before and after stored as objects unchanged", () => {
    const stored = { fields: ["channel"], before: { channel: "email" }, after: { channel: "phone" }, personalFieldsChanged: [] };
    expect(auditDetailOf(stored)).toEqual(stored);
  });

  it("reads before and after that older records hold as JSON text as objects", () => {
    const stored = { fields: ["channel"], before: '{"channel":"email","localChannel":null}', after: '{"channel":"phone"}' };
    expect(auditDetailOf(stored)).toEqual({ fields: ["channel"], before: { channel: "email", localChannel: null }, after: { channel: "phone" } });
  });

  it("reads text that is not an object as an empty object, and a detail that is not an object as {}", () => {
    expect(auditDetailOf({ before: "not json", after: "[1]" })).toEqual({ before: {}, after: {} });
    expect(auditDetailOf(null)).toEqual({});
    expect(auditDetailOf(["a"])).toEqual({});
    expect(auditDetailOf({ count: 3 })).toEqual({ count: 3 });
  });
});
