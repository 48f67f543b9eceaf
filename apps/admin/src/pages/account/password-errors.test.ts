import { CombinedError } from "@urql/core";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { passwordErrors } from "./password-errors";

const refused = (message: string, field: string[]) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", field } })] });

describe("password errors", () => {
  it("puts the gateway's rule against the field, as a GOV.UK sentence", () => {
    const errors = passwordErrors(
      refused("input.newPassword: must be at least 12 characters", ["input", "newPassword"]),
      { newPassword: "newPassword" },
      { newPassword: "Your new password" },
    );
    expect(errors).toEqual([{ field: "newPassword", message: "Your new password must be at least 12 characters" }]);
  });

  it("shows a refused reset link as a form-level error about the link", () => {
    const errors = passwordErrors(
      refused("input.token: is not valid, has expired or has already been used; ask for a new link", ["input", "token"]),
      { newPassword: "newPassword" },
      { form: "This link" },
    );
    expect(errors).toEqual([{ field: "form", message: "This link is not valid, has expired or has already been used; ask for a new link" }]);
  });

  it("leaves a message without a field prefix as it is", () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError("Too many password-reset attempts from your network address; try again in 15 minutes", {
          extensions: { code: "TOO_MANY_REQUESTS" },
        }),
      ],
    });
    expect(passwordErrors(error, {}, { form: "This link" })[0]?.message).toMatch(/^Too many/);
  });
});
