import type { CouncilQuery } from "../../graphql/generated/graphql";

type Team = CouncilQuery["council"]["teams"][number];

/**
 * The council's teams in force on `on` (from their validFrom to their validTo), as the gateway checks them:
 * recording feedback offers those of the date received, allocation those of today.
 */
export function teamsInForce(teams: readonly Team[], on: string): Team[] {
  return teams.filter((t) => t.validFrom <= on && (!t.validTo || t.validTo >= on));
}
