import type { InputRef } from "@pothos/core";
import { z } from "zod";
import { isoDateSchema } from "@csc/rules";
import { connectionArgsSchema } from "../limits/page-size";
import { LIMITS } from "../limits/query-limits";
import { builder } from "../builder";
import type { GatewayContext } from "../context";
import { notFound } from "../errors/gateway-error";
import { councilScope, isRecordId } from "../services/council-scope";
import { codeRule, recordIdRule, serviceAreaCodeRule } from "../services/configure-inputs";
import type {
  AddTeamInput as AddTeamShape,
  CloseTeamInput as CloseTeamShape,
  RenameTeamInput as RenameTeamShape,
} from "../services/configure-inputs";
import { addTeam, closeTeam, renameTeam } from "../services/configure-teams";
import { ServiceAreaEnum } from "./enums";
import { textRule } from "./input-rules";

const admin = { configureCouncil: true } as const;

/** Team history for administrators: which row a renamed team came from and its service area's local code. */
builder.prismaObjectFields("Team", (t) => ({
  predecessorId: t.exposeID("predecessorId", { nullable: true, authScopes: admin, description: "The row this one replaced (rename)" }),
  serviceAreaCode: t.string({
    description: "The council's own code of the team's service area",
    authScopes: admin,
    select: { serviceArea: { select: { code: true } } },
    resolve: (team) => team.serviceArea.code,
  }),
}));

builder.prismaObject("CouncilServiceArea", {
  name: "CouncilServiceArea",
  description: "A service area of the council (effective-dated) and the canonical area it maps to",
  authScopes: admin,
  fields: (t) => ({
    id: t.exposeID("id", { description: "The row's id" }),
    code: t.exposeString("code", { description: "The council's own code for the service area" }),
    label: t.exposeString("label", { description: "The service area's name as the council uses it" }),
    canonical: t.field({ description: "The canonical service area it maps to", type: ServiceAreaEnum, resolve: (area) => area.canonical }),
    validFrom: t.expose("validFrom", { description: "The first day the row is in force", type: "Date" }),
    validTo: t.expose("validTo", { description: "The last day the row is in force; null while open", type: "Date", nullable: true }),
  }),
});

builder.queryField("serviceAreas", (t) =>
  t.prismaField({
    type: ["CouncilServiceArea"],
    description: "Your council's service areas, past and present (council administrators)",
    authScopes: admin,
    resolve: (query, _root, _args, context) => {
      const { prisma, councilId } = councilScope(context);
      return prisma.councilServiceArea.findMany({ ...query, where: { councilId }, orderBy: [{ code: "asc" }, { validFrom: "asc" }] });
    },
  }),
);

builder.queryField("teamHistory", (t) =>
  t.prismaConnection(
    {
      type: "Team",
      cursor: "councilId_id",
      description: `Every team row, past and present, by code then start date: a rename ends one row and starts another naming it (council administrators); at most ${LIMITS.maxPageSize} a page`,
      authScopes: admin,
      maxSize: LIMITS.maxPageSize,
      defaultSize: LIMITS.defaultPageSize,
      validate: connectionArgsSchema,
      totalCount: (_parent, _args, context) => {
        const { prisma, councilId } = councilScope(context);
        return prisma.team.count({ where: { councilId } });
      },
      resolve: (query, _root, _args, context) => {
        const { prisma, councilId } = councilScope(context);
        return prisma.team.findMany({ ...query, where: { councilId }, orderBy: [{ code: "asc" }, { validFrom: "asc" }, { id: "asc" }] });
      },
    },
    {
      fields: (c) => ({
        totalCount: c.int({
          description: "How many team rows there are, across every page",
          extensions: { pothosPrismaTotalCount: true },
          resolve: (parent) => (parent as { totalCount?: () => Promise<number> | number }).totalCount?.() ?? 0,
        }),
      }),
    },
  ),
);

builder.queryField("team", (t) =>
  t.prismaField({
    type: "Team",
    description: "One team row of your council by id, past or present (council administrators); NOT_FOUND for any other id",
    authScopes: admin,
    args: { id: t.arg.id({ required: true, description: "The team row's id" }) },
    validate: z.object({ id: z.string().max(64) }),
    resolve: async (query, _root, args, context) => {
      const { prisma, councilId } = councilScope(context);
      const team = isRecordId(args.id) ? await prisma.team.findUnique({ ...query, where: { councilId_id: { councilId, id: args.id } } }) : null;
      if (!team) throw notFound("Team");
      return team;
    },
  }),
);

const AddTeamInput = builder.inputRef<AddTeamShape>("AddTeamInput").implement({
  description: "A new team of your council",
  fields: (t) => ({
    code: t.string({ description: "The council's own code for the team (unique in the council)", validate: codeRule }),
    name: t.string({ description: "The team's name", validate: textRule(200) }),
    serviceAreaCode: t.string({ description: "The local code of a service area in force on validFrom", validate: serviceAreaCodeRule }),
    validFrom: t.field({ description: "The first day the team is in force", type: "Date", validate: isoDateSchema }),
  }),
});
const RenameTeamInput = builder.inputRef<RenameTeamShape>("RenameTeamInput").implement({
  description: "A new name for a team from a date (the old row ends, a new row starts)",
  fields: (t) => ({
    teamId: t.id({ description: "The team (its id)", validate: recordIdRule }),
    name: t.string({ description: "The team's new name", validate: textRule(200) }),
    from: t.field({ type: "Date", description: "The first day of the new name; the old row ends the day before", validate: isoDateSchema }),
  }),
});
const CloseTeamInput = builder.inputRef<CloseTeamShape>("CloseTeamInput").implement({
  description: "A team's closure",
  fields: (t) => ({
    teamId: t.id({ description: "The team (its id)", validate: recordIdRule }),
    lastDay: t.field({ description: "The last day the team is in force", type: "Date", validate: isoDateSchema }),
  }),
});

function teamMutation<Shape extends object>(
  name: string,
  description: string,
  input: InputRef<Shape>,
  run: (context: GatewayContext, value: Shape) => Promise<string>,
) {
  builder.mutationField(name, (t) =>
    t.prismaField({
      type: "Team",
      description,
      authScopes: admin,
      args: { input: t.arg({ type: input, required: true, description: `What ${name} changes about the team` }) },
      resolve: async (query, _root, args, context) => {
        const { input: value } = args as { input: Shape };
        const id = await run(context, value);
        const { prisma, councilId } = councilScope(context);
        return prisma.team.findUniqueOrThrow({ ...query, where: { councilId_id: { councilId, id } } });
      },
    }),
  );
}

teamMutation("addTeam", "Add a team from a date", AddTeamInput, addTeam);
teamMutation("renameTeam", "Rename a team from a date, keeping its history; returns the new row", RenameTeamInput, renameTeam);
teamMutation("closeTeam", "Close a team after its last day", CloseTeamInput, closeTeam);
