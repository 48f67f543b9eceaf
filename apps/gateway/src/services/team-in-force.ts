import { isoFromDate } from "@csc/rules";
import type { IsoDate } from "@csc/rules";
import type { CouncilTransaction } from "../db/client";
import { badInput } from "../errors/gateway-error";
import { isRecordId } from "./council-scope";

/**
 * The council's team `teamId` if it is in force on `on` (its validFrom to validTo, as the teams settings keep
 * them): recording feedback checks the date received, allocation the day of allocation. Another council's or
 * an unknown team, or one not in force that day, is BAD_USER_INPUT naming `field`.
 */
export async function teamInForce(
  tx: Pick<CouncilTransaction, "team">,
  councilId: string,
  teamId: string,
  on: IsoDate,
  field: ReadonlyArray<string | number> = ["input", "teamId"],
): Promise<{ id: string }> {
  const team = isRecordId(teamId)
    ? await tx.team.findUnique({
        where: { councilId_id: { councilId, id: teamId } },
        select: { id: true, name: true, validFrom: true, validTo: true },
      })
    : null;
  if (!team) throw badInput([...field], "no such team in your council");
  const from = isoFromDate(team.validFrom);
  const to = team.validTo ? isoFromDate(team.validTo) : null;
  if (on < from || (to !== null && on > to)) {
    throw badInput(
      [...field],
      `the team "${team.name}" is not in force on ${on} (it runs from ${from}${to ? ` to ${to}` : ""}): choose a team of your council in force that day`,
    );
  }
  return { id: team.id };
}
