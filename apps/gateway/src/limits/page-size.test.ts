import { encodeBase64, encodeCursorTuple } from "@pothos/core";
import { describe, expect, it } from "vitest";
import { connectionArgsSchema, connectionArgsSchemaOf } from "./page-size";

const cursor = (keys: unknown[]) => encodeBase64(`GPC:${encodeCursorTuple(keys)}`);
const CASE = "0b8e8c3e-3f5c-4d2a-9a55-0d3f1c2b7a10";

describe("connection arguments", () => {
  it("take a cursor of the list's own shape: the council, then record ids or whole numbers", () => {
    expect(connectionArgsSchema.safeParse({ after: cursor(["demo-north", CASE]) }).success).toBe(true);
    expect(connectionArgsSchema.safeParse({ before: cursor(["demo-north", 12n]) }).success).toBe(true);
    expect(connectionArgsSchemaOf(3).safeParse({ after: cursor(["demo-north", CASE, 4]) }).success).toBe(true);
  });

  it("refuse by name a made-up cursor, one of the wrong width and one holding a malformed id", () => {
    for (const bad of ["zzz", "", cursor(["demo-north"]), cursor(["demo-north", "not-an-id"]), cursor(["Demo North", CASE])]) {
      const result = connectionArgsSchema.safeParse({ after: bad });
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["after"]);
    }
    expect(connectionArgsSchemaOf(3).safeParse({ before: cursor(["demo-north", CASE]) }).error?.issues[0]?.message).toBe(
      "is not a cursor of this list (use a cursor the list gave)",
    );
  });
});
