import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { createFormatError } from "./format-error";
import { badInput } from "./gateway-error";

const format = createFormatError(() => "req-1");

describe("formatError", () => {
  it("keeps a client error's code, message and field path", () => {
    const error = badInput(["input", "receivedOn"], "must be a real calendar date written YYYY-MM-DD");
    expect(format({ message: error.message, extensions: error.extensions }, error)).toEqual({
      message: "input.receivedOn: must be a real calendar date written YYYY-MM-DD",
      extensions: { code: "BAD_USER_INPUT", field: ["input", "receivedOn"] },
    });
  });

  it("masks anything unexpected with the request id and drops stack traces", () => {
    const error = new GraphQLError('insert into "case" failed: duplicate key', {
      extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at db.ts:1"] },
    });
    const shown = format({ message: error.message, extensions: error.extensions }, error);
    expect(shown.message).not.toContain("insert");
    expect(shown.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", requestId: "req-1" });
  });
});
