import { CLOCK_IDS, allClocks, childrensStatutoryProcedure } from "@csc/rules";
import type { ClockId } from "@csc/rules";
import { describedValues, memberOf } from "./enum-values";
import { builder } from "../builder";
import { localTargetsListRule, localTargetsRule, wholeDaysRule } from "../services/configure-inputs";
import type { SetLocalTargetsInput as SetLocalTargetsShape } from "../services/configure-inputs";
import { readProcedureSettings, setLocalTargets } from "../services/configure-targets";
import type { ClockInForce, ProcedureSettingsView } from "../services/configure-targets";

const admin = { configureCouncil: true } as const;

const clockWords = (id: ClockId) => {
  const found = allClocks(childrensStatutoryProcedure).find((c) => c.clock.id === id)?.clock;
  return found ? `${found.label} (${found.source})` : "A clock of a council's corporate procedure (local policy)";
};

const ClockIdEnum = builder.enumType("ClockId", {
  description: "A clock a procedure can run, by its id; the timescale and its regulation come from @csc/rules",
  values: describedValues(Object.fromEntries(CLOCK_IDS.map((id) => [id, clockWords(id)])) as Record<ClockId, string>),
});

const ProcedureClock = builder.objectRef<ClockInForce>("ProcedureClock").implement({
  description: "A timescale of the children's procedure as the council runs it, with where it comes from",
  authScopes: admin,
  fields: (t) => ({
    clock: t.field({ type: ClockIdEnum, description: "The clock", resolve: (c) => memberOf(CLOCK_IDS, c.clock, "ClockId") }),
    label: t.exposeString("label", { description: "What the timescale is, in words" }),
    workingDays: t.exposeInt("workingDays", { nullable: true, description: "The timescale in working days, as the council runs it" }),
    maxWorkingDays: t.exposeInt("maxWorkingDays", { nullable: true, description: "The longest it may be extended to, in working days" }),
    months: t.exposeInt("months", { nullable: true, description: "The timescale in calendar months, where it is counted in months" }),
    source: t.exposeString("source", { description: 'e.g. "SI 2006/1738 reg 14" or "local policy"' }),
    statutory: t.exposeBoolean("statutory", { description: "Whether the timescale is set by law (otherwise local policy)" }),
  }),
});

const ProcedureSettings = builder.objectRef<ProcedureSettingsView>("ProcedureSettings").implement({
  description: "The council's settings for the children's statutory procedure",
  authScopes: admin,
  fields: (t) => ({
    acknowledgementWorkingDays: t.exposeInt("acknowledgementWorkingDays", { nullable: true, description: "Local policy" }),
    clocks: t.field({
      description: "Every timescale of the procedure, statutory and local, as the council runs it",
      type: [ProcedureClock],
      resolve: (s) => s.clocks,
    }),
  }),
});

builder.queryField("procedureSettings", (t) =>
  t.field({
    type: ProcedureSettings,
    description: "Your council's acknowledgement target and local targets (council administrators)",
    authScopes: admin,
    resolve: (_root, _args, context) => readProcedureSettings(context),
  }),
);

const LocalTargetInput = builder.inputRef<SetLocalTargetsShape["targets"][number]>("LocalTargetInput").implement({
  description: "The council's own target for one clock (within the statutory maximum)",
  fields: (t) => ({
    clock: t.field({ description: "The clock", type: ClockIdEnum }),
    workingDays: t.int({ description: "The target in working days", required: false, validate: wholeDaysRule }),
    maxWorkingDays: t.int({
      description: "The longest the timescale may be extended to, in working days",
      required: false,
      validate: wholeDaysRule,
    }),
    months: t.int({ description: "The target in calendar months, for clocks counted in months", required: false, validate: wholeDaysRule }),
  }),
});
const SetLocalTargetsInput = builder.inputRef<SetLocalTargetsShape>("SetLocalTargetsInput").implement({
  description: "The council's local targets",
  fields: (t) => ({
    acknowledgementWorkingDays: t.int({
      description: "The acknowledgement target in working days (local policy)",
      required: false,
      validate: wholeDaysRule,
    }),
    targets: t.field({ description: "The targets, clock by clock", type: [LocalTargetInput], validate: localTargetsListRule }),
  }),
  validate: localTargetsRule,
});

builder.mutationField("setLocalTargets", (t) =>
  t.field({
    type: ProcedureSettings,
    description: "Set local targets; a target above a statutory maximum is refused with the rules' message",
    authScopes: admin,
    args: { input: t.arg({ type: SetLocalTargetsInput, required: true, description: "The council's own targets, clock by clock" }) },
    resolve: (_root, args, context) => setLocalTargets(context, args.input),
  }),
);
