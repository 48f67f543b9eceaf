import { addCalendarDays, compareDates, isoFromDate as iso, dateFromIso } from "@csc/rules";
import type { IsoDate } from "@csc/rules";
import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import type { CouncilTransaction } from "../db/client";
import { badInput, conflict, notFound } from "../errors/gateway-error";
import { writeAudit } from "./audit";
import { refuseClash } from "./configure-clash";
import { councilScope, isRecordId } from "./council-scope";
import type { AddTeamInput, CloseTeamInput, RenameTeamInput } from "./configure-inputs";

const day = dateFromIso;

/** The service area in force today with this code (service areas are effective-dated like teams). */
async function serviceAreaId(tx: CouncilTransaction, councilId: string, code: string, on: IsoDate): Promise<string> {
  const area = await tx.councilServiceArea.findFirst({
    where: { councilId, code, validFrom: { lte: day(on) }, OR: [{ validTo: null }, { validTo: { gte: day(on) } }] },
    select: { id: true },
  });
  if (!area) throw badInput(["input", "serviceAreaCode"], `no service area with code "${code}" is in force on ${on}`);
  return area.id;
}

/** A team of the viewer's council that is still in force (no end date); NOT_FOUND for unknown or other councils' ids. */
async function openTeam(tx: CouncilTransaction, councilId: string, teamId: string) {
  const team = isRecordId(teamId) ? await tx.team.findUnique({ where: { councilId_id: { councilId, id: teamId } } }) : null;
  if (!team) throw notFound("Team");
  if (team.validTo) throw conflict(`The team "${team.name}" already ended on ${iso(team.validTo)}; change the team that replaced it`);
  return team;
}

/** Adds a team in force from `validFrom`. A code names one team line: a code still in force cannot be reused. */
export async function addTeam(context: GatewayContext, input: AddTeamInput): Promise<string> {
  const { councilId } = councilScope(context);
  return refuseClash("The team was changed at the same time; reload and try again", () =>
    withCouncil(context.root, councilId, async (tx) => {
      const clash = await tx.team.findFirst({ where: { councilId, code: input.code, validTo: null }, select: { id: true } });
      if (clash) throw badInput(["input", "code"], `a team with code "${input.code}" is already in force; rename it instead`);
      const areaId = await serviceAreaId(tx, councilId, input.serviceAreaCode, input.validFrom);
      const team = await tx.team.create({
        data: { councilId, code: input.code, name: input.name, serviceAreaId: areaId, validFrom: day(input.validFrom) },
      });
      await writeAudit(tx, context, { action: "addTeam", detail: { teamId: team.id, code: input.code } });
      return team.id;
    }),
  );
}

/**
 * Renames a team from a date and keeps its history: the old row ends the day before (validTo) and a new row
 * with the same code, the new name and `predecessorId` pointing at the old one starts on `from`. Cases stay
 * with the row they were allocated to, so past reports still show the name in force at the time.
 */
export async function renameTeam(context: GatewayContext, input: RenameTeamInput): Promise<string> {
  const { councilId } = councilScope(context);
  return refuseClash("The team was changed at the same time; reload and try again", () =>
    withCouncil(context.root, councilId, async (tx) => {
      const team = await openTeam(tx, councilId, input.teamId);
      if (compareDates(input.from, iso(team.validFrom)) <= 0) {
        throw badInput(["input", "from"], `must be after ${iso(team.validFrom)}, when the current name took effect`);
      }
      if (input.name === team.name) throw badInput(["input", "name"], "must differ from the current name");
      await tx.team.update({
        where: { councilId_id: { councilId, id: team.id } },
        data: { validTo: day(addCalendarDays(input.from, -1)) },
      });
      const renamed = await tx.team.create({
        data: {
          councilId,
          code: team.code,
          name: input.name,
          serviceAreaId: team.serviceAreaId,
          validFrom: day(input.from),
          predecessorId: team.id,
        },
      });
      await writeAudit(tx, context, { action: "renameTeam", detail: { teamId: team.id, successorId: renamed.id, from: input.from } });
      return renamed.id;
    }),
  );
}

/** Closes a team: `lastDay` is its last day in force. Its cases and history remain. */
export async function closeTeam(context: GatewayContext, input: CloseTeamInput): Promise<string> {
  const { councilId } = councilScope(context);
  return withCouncil(context.root, councilId, async (tx) => {
    const team = await openTeam(tx, councilId, input.teamId);
    if (compareDates(input.lastDay, iso(team.validFrom)) < 0) {
      throw badInput(["input", "lastDay"], `must be on or after ${iso(team.validFrom)}, when the team took effect`);
    }
    await tx.team.update({ where: { councilId_id: { councilId, id: team.id } }, data: { validTo: day(input.lastDay) } });
    await writeAudit(tx, context, { action: "closeTeam", detail: { teamId: team.id, lastDay: input.lastDay } });
    return team.id;
  });
}
