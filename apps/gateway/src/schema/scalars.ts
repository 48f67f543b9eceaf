import { isIsoDate } from "@csc/rules";
import { GraphQLError, valueFromASTUntyped } from "graphql";
import { builder } from "../builder";

/** The range of any date the API accepts (local policy: birth dates of adult complainants down to records decades ahead). */
const EARLIEST_DATE = "1900-01-01";
const LATEST_DATE = "2100-12-31";

/** A calendar date, YYYY-MM-DD: the statutory clocks count working days on dates, never times. */
builder.scalarType("Date", {
  description: "A calendar date written YYYY-MM-DD",
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === "string" && isIsoDate(value)) return value;
    throw new GraphQLError("A Date must be a real calendar date written YYYY-MM-DD");
  },
  parseValue: (value) => {
    if (isIsoDate(value)) {
      // A sane range: year 0000 broke the database driver and 9999-12-31 blocked every later vocabulary version.
      if (value < EARLIEST_DATE || value > LATEST_DATE) {
        throw new GraphQLError(`${JSON.stringify(value)} must be between ${EARLIEST_DATE} and ${LATEST_DATE}`, {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      return value;
    }
    throw new GraphQLError(`${JSON.stringify(value)} is not a real calendar date written YYYY-MM-DD`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  },
});

/**
 * Structured data whose shape varies by kind (an event's details by event type, a council's settings, an import
 * mapping, a report layout), sent as JSON itself, never packed in a string. As input the field's own rules check its shape.
 */
builder.scalarType("JSON", {
  description: "A JSON value (object, array, string, number, boolean or null), sent as itself rather than as a string",
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});

builder.scalarType("DateTime", {
  description: "An instant, ISO 8601 in UTC",
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: () => {
    throw new GraphQLError("DateTime is output only", { extensions: { code: "BAD_USER_INPUT" } });
  },
});
