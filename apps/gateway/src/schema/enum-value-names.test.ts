import { GraphQLEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import { buildSchema } from "../build-schema";

/**
 * The enums whose values are still the stored codes on the wire (describedCodes), because their clients (gateway
 * tests, the admin app's forms, the browser tests) have not moved yet (issue 15). An enum leaves this list when it
 * moves to SCREAMING_SNAKE names; then eslint.schema.config.js can check enum values when the list is empty.
 */
const STILL_CODE_NAMED: string[] = [
];

const SCREAMING_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

describe("enum value names on the wire", () => {
  const enums = Object.values(buildSchema().getTypeMap()).filter(
    (type): type is GraphQLEnumType => type instanceof GraphQLEnumType && !type.name.startsWith("__"),
  );

  it("names every value SCREAMING_SNAKE_CASE, outside the enums still named by their codes", () => {
    const misnamed = enums
      .filter((e) => !STILL_CODE_NAMED.includes(e.name))
      .flatMap((e) => e.getValues().map((v) => `${e.name}.${v.name}`))
      .filter((name) => !SCREAMING_SNAKE.test(name.split(".")[1] ?? ""));
    expect(misnamed).toEqual([]);
  });

  it("lists only enums that still have a code-named value (the list shrinks as enums move)", () => {
    const moved = STILL_CODE_NAMED.filter((name) => {
      const found = enums.find((e) => e.name === name);
      return !found || found.getValues().every((v) => SCREAMING_SNAKE.test(v.name));
    });
    expect(moved).toEqual([]);
  });

  it("keeps the rules' code as the internal value of a renamed one", () => {
    const grouping = enums.find((e) => e.name === "CaseGrouping");
    expect(grouping?.getValue("CURRENT_STAGE")?.value).toBe("currentStage");
    expect(grouping?.parseLiteral({ kind: "EnumValue", value: "COMPLAINANT_RELATIONSHIP" } as never, {})).toBe("complainantRelationship");
    expect(grouping?.serialize("currentStage")).toBe("CURRENT_STAGE");
  });
});
