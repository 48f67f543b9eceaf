import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { databaseFailureOf } from "./database-errors";
import { createFormatError } from "./format-error";

describe("database failures a client can act on (issue 9 finding 9)", () => {
  it("recognises a unique violation and an unreachable database through wrapped errors", () => {
    const unique = Object.assign(new Error("Unique constraint failed"), { code: "P2002" });
    expect(databaseFailureOf(new GraphQLError("x", { originalError: unique }))).toBe("unique_violation");
    expect(databaseFailureOf({ message: "x", cause: { kind: "UniqueConstraintViolation" } })).toBe("unique_violation");
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(databaseFailureOf(new GraphQLError("x", { originalError: refused }))).toBe("unavailable");
    expect(databaseFailureOf(new Error("syntax error at or near"))).toBeNull();
  });

  it("formats a unique-violation race as CONFLICT and an outage as SERVICE_UNAVAILABLE, never INTERNAL", () => {
    const format = createFormatError(() => "req-1");
    const unique = new GraphQLError("raw sql detail", { originalError: Object.assign(new Error("dup"), { code: "23505" }) });
    expect(format({ message: "raw sql detail" }, unique).extensions?.code).toBe("CONFLICT");
    const down = new GraphQLError("raw", { originalError: Object.assign(new Error("down"), { code: "57P01" }) });
    expect(format({ message: "raw" }, down)).toMatchObject({ extensions: { code: "SERVICE_UNAVAILABLE" } });
    expect(format({ message: "raw" }, new Error("boom")).extensions?.code).toBe("INTERNAL_SERVER_ERROR");
  });
});
