import { z } from "zod";
import { builder } from "../builder";
import { councilScope } from "../services/council-scope";
import { addTeamInputSchema, closeTeamInputSchema, renameTeamInputSchema } from "../services/configure-inputs";
import { addTeam, closeTeam, renameTeam } from "../services/configure-teams";
import { ServiceAreaEnum } from "./enums";

const admin = { configureCouncil: true } as const;

/** Team history for administrators: which row a renamed team came from and its service area's local code. */
builder.prismaObjectFields("Team", (t) => ({
  predecessorId: t.exposeID("predecessorId", { nullable: true, authScopes: admin, description: "The row this one replaced (rename)" }),
  serviceAreaCode: t.string({
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
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    label: t.exposeString("label"),
    canonical: t.field({ type: ServiceAreaEnum, resolve: (area) => area.canonical }),
    validFrom: t.expose("validFrom", { type: "Date" }),
    validTo: t.expose("validTo", { type: "Date", nullable: true }),
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
  t.prismaField({
    type: ["Team"],
    description: "Every team row, past and present: a rename ends one row and starts another naming it (council administrators)",
    authScopes: admin,
    resolve: (query, _root, _args, context) => {
      const { prisma, councilId } = councilScope(context);
      return prisma.team.findMany({ ...query, where: { councilId }, orderBy: [{ code: "asc" }, { validFrom: "asc" }] });
    },
  }),
);

const AddTeamInput = builder.inputType("AddTeamInput", {
  fields: (t) => ({
    code: t.string(),
    name: t.string(),
    serviceAreaCode: t.string({ description: "The local code of a service area in force on validFrom" }),
    validFrom: t.field({ type: "Date" }),
  }),
});
const RenameTeamInput = builder.inputType("RenameTeamInput", {
  fields: (t) => ({
    teamId: t.id(),
    name: t.string(),
    from: t.field({ type: "Date", description: "The first day of the new name; the old row ends the day before" }),
  }),
});
const CloseTeamInput = builder.inputType("CloseTeamInput", {
  fields: (t) => ({ teamId: t.id(), lastDay: t.field({ type: "Date" }) }),
});

function teamMutation<I extends z.ZodType>(
  name: string,
  description: string,
  input: ReturnType<typeof builder.inputType>,
  schema: I,
  run: (context: Parameters<typeof addTeam>[0], value: z.output<I>) => Promise<string>,
) {
  builder.mutationField(name, (t) =>
    t.prismaField({
      type: "Team",
      description,
      authScopes: admin,
      args: { input: t.arg({ type: input, required: true, description: `What ${name} changes about the team` }) },
      validate: z.object({ input: schema }),
      resolve: async (query, _root, args, context) => {
        const id = await run(context, schema.parse(args.input));
        const { prisma, councilId } = councilScope(context);
        return prisma.team.findUniqueOrThrow({ ...query, where: { councilId_id: { councilId, id } } });
      },
    }),
  );
}

teamMutation("addTeam", "Add a team from a date", AddTeamInput, addTeamInputSchema, addTeam);
teamMutation("renameTeam", "Rename a team from a date, keeping its history; returns the new row", RenameTeamInput, renameTeamInputSchema, renameTeam);
teamMutation("closeTeam", "Close a team after its last day", CloseTeamInput, closeTeamInputSchema, closeTeam);
