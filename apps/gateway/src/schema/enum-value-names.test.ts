import { GraphQLEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import { buildSchema } from "../build-schema";

/**
 * Every enum names its values SCREAMING_SNAKE_CASE on the wire, with the rules' codes as internal values
 * (schema/enum-values.ts `codedValues`), so services and stored rows keep the codes (issue 15). The schema lint
 * (eslint.schema.config.js, graphql-eslint's naming-convention) checks the same in `pnpm lint`.
 */
const SCREAMING_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

describe("enum value names on the wire", () => {
  const enums = Object.values(buildSchema().getTypeMap()).filter(
    (type): type is GraphQLEnumType => type instanceof GraphQLEnumType && !type.name.startsWith("__"),
  );

  it("names every value SCREAMING_SNAKE_CASE", () => {
    const misnamed = enums
      .flatMap((e) => e.getValues().map((v) => `${e.name}.${v.name}`))
      .filter((name) => !SCREAMING_SNAKE.test(name.split(".")[1] ?? ""));
    expect(misnamed).toEqual([]);
  });

  it("keeps the rules' code as the internal value of a renamed one", () => {
    const grouping = enums.find((e) => e.name === "CaseGrouping");
    expect(grouping?.getValue("CURRENT_STAGE")?.value).toBe("currentStage");
    expect(grouping?.parseLiteral({ kind: "EnumValue", value: "COMPLAINANT_RELATIONSHIP" } as never, {})).toBe("complainantRelationship");
    expect(grouping?.serialize("currentStage")).toBe("CURRENT_STAGE");
  });
});
