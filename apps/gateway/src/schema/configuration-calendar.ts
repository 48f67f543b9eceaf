import { z } from "zod";
import { builder } from "../builder";
import { councilScope } from "../services/council-scope";
import { closureDayInputSchema, removeClosureDayInputSchema } from "../services/configure-inputs";
import { addLocalClosureDay, removeLocalClosureDay } from "../services/configure-calendar";

const admin = { configureCouncil: true } as const;

builder.prismaObject("LocalClosureDay", {
  description: "A day the council closes besides the statutory non-working days (SI 2006/1738 reg 2)",
  authScopes: admin,
  fields: (t) => ({
    day: t.expose("day", { description: "The day the council is closed", type: "Date" }),
    label: t.exposeString("label", { description: "Why the council is closed, e.g. a local holiday" }),
  }),
});

builder.queryField("localClosureDays", (t) =>
  t.prismaField({
    type: ["LocalClosureDay"],
    description: "Your council's local closure days (council administrators)",
    authScopes: admin,
    resolve: (query, _root, _args, context) => {
      const { prisma, councilId } = councilScope(context);
      return prisma.localClosureDay.findMany({ ...query, where: { councilId }, orderBy: { day: "asc" } });
    },
  }),
);

const LocalClosureDayInput = builder.inputType("LocalClosureDayInput", {
  description: "A local closure day",
  fields: (t) => ({
    day: t.field({ description: "The day the council is closed", type: "Date" }),
    label: t.string({ description: "Why the council is closed" }),
  }),
});
const RemoveLocalClosureDayInput = builder.inputType("RemoveLocalClosureDayInput", {
  description: "A local closure day to remove",
  fields: (t) => ({ day: t.field({ description: "The closure day", type: "Date" }) }),
});

builder.mutationField("addLocalClosureDay", (t) =>
  t.prismaField({
    type: "LocalClosureDay",
    description: "Add a local closure day",
    authScopes: admin,
    args: { input: t.arg({ type: LocalClosureDayInput, required: true, description: "The date the council is closed and why" }) },
    validate: z.object({ input: closureDayInputSchema }),
    resolve: async (query, _root, args, context) => {
      const day = await addLocalClosureDay(context, closureDayInputSchema.parse(args.input));
      const { prisma, councilId } = councilScope(context);
      return prisma.localClosureDay.findUniqueOrThrow({ ...query, where: { councilId_day: { councilId, day: new Date(`${day}T00:00:00Z`) } } });
    },
  }),
);

builder.mutationField("removeLocalClosureDay", (t) =>
  t.field({
    type: "Date",
    description: "Remove a local closure day; returns the day removed",
    authScopes: admin,
    args: { input: t.arg({ type: RemoveLocalClosureDayInput, required: true, description: "The closure day to remove" }) },
    validate: z.object({ input: removeClosureDayInputSchema }),
    resolve: (_root, args, context) => removeLocalClosureDay(context, args.input),
  }),
);
