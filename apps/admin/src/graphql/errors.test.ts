import { CombinedError } from "@urql/core";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { toFieldErrors } from "./errors";

const withError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe("toFieldErrors", () => {
  it("puts a bad-input error on the field its path names (array path from the gateway)", () => {
    const errors = toFieldErrors(withError("receivedOn: must be a real date", { code: "BAD_USER_INPUT", field: ["input", "receivedOn"] }), {
      receivedOn: "receivedOn",
    });
    expect(errors).toEqual([{ field: "receivedOn", message: "receivedOn: must be a real date" }]);
  });

  it("maps a nested path by its last part", () => {
    const errors = toFieldErrors(withError("bad email", { code: "BAD_USER_INPUT", field: ["input", "complainant", "email"] }), { email: "email" });
    expect(errors[0]?.field).toBe("email");
  });

  it("explains a CONFLICT without losing the user's work", () => {
    const errors = toFieldErrors(withError("stale", { code: "CONFLICT" }));
    expect(errors[0]?.message).toMatch(/Someone else changed this case/);
  });

  it("says the service could not be reached on a network error", () => {
    const errors = toFieldErrors(new CombinedError({ networkError: new Error("offline") }));
    expect(errors[0]?.message).toMatch(/could not be reached/);
  });
});
