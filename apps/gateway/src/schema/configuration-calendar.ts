import { isoDateSchema } from "@csc/rules";
import { builder } from "../builder";
import { councilScope } from "../services/council-scope";
import type { ClosureDayInput } from "../services/configure-inputs";
import { addLocalClosureDay, removeLocalClosureDay } from "../services/configure-calendar";
import { textRule } from "./input-rules";

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

const LocalClosureDayInput = builder.inputRef<ClosureDayInput>("LocalClosureDayInput").implement({
  description: "A local closure day",
  fields: (t) => ({
    day: t.field({ description: "The day the council is closed", type: "Date", validate: isoDateSchema }),
    label: t.string({ description: "Why the council is closed", validate: textRule(120) }),
  }),
});
const RemoveLocalClosureDayInput = builder.inputRef<{ day: string }>("RemoveLocalClosureDayInput").implement({
  description: "A local closure day to remove",
  fields: (t) => ({ day: t.field({ description: "The closure day", type: "Date", validate: isoDateSchema }) }),
});

builder.mutationField("addLocalClosureDay", (t) =>
  t.prismaField({
    type: "LocalClosureDay",
    description: "Add a local closure day",
    authScopes: admin,
    args: { input: t.arg({ type: LocalClosureDayInput, required: true, description: "The date the council is closed and why" }) },
    resolve: async (query, _root, args, context) => {
      const day = await addLocalClosureDay(context, args.input);
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
    resolve: (_root, args, context) => removeLocalClosureDay(context, args.input),
  }),
);
