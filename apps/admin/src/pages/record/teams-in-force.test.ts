import { describe, expect, it } from "vitest";
import type { CouncilQuery } from "../../graphql/generated/graphql";
import { teamsInForce } from "./teams-in-force";

type Team = CouncilQuery["council"]["teams"][number];

const team = (code: string, validFrom: string, validTo: string | null): Team => ({
  id: code,
  code,
  name: code,
  serviceArea: "EARLY_HELP",
  validFrom,
  validTo,
});
const teams = [team("RA", "2018-04-01", "2023-03-31"), team("CA", "2023-04-01", null), team("CPT", "2018-04-01", null)];

describe("the teams a form offers", () => {
  it("are those in force on the date: a closed team before its last day, a new one from its first", () => {
    expect(teamsInForce(teams, "2022-06-01").map((t) => t.code)).toEqual(["RA", "CPT"]);
    expect(teamsInForce(teams, "2023-03-31").map((t) => t.code)).toEqual(["RA", "CPT"]);
    expect(teamsInForce(teams, "2023-04-01").map((t) => t.code)).toEqual(["CA", "CPT"]);
  });
});
