import { LifecycleError, ProcedureSettingsError } from "@csc/rules";
import type { LifecycleContext, ProcedureSettingsInput } from "@csc/rules";
import type { GraphQLError } from "graphql";
import { badInput } from "../errors/gateway-error";

type CouncilProcedures = NonNullable<LifecycleContext["procedures"]>;

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * The council's stored settings (council.settings: the children's statutory targets, plus its corporate
 * procedure when it has one) split per procedure, as @csc/rules deriveCase/applyEvent take them
 * (`procedures`), in the way @csc/council-kit's toRulesSettings does:
 * - childrens_statutory: the council's local targets (within SI 2006/1738 regs 14, 17 and 19-20);
 * - corporate: the council's corporate procedure, or the LGSCO Complaint Handling Code's timescales if absent;
 * - adult_social_care and public_health: the statutory procedure as it is (SI 2009/309 regs 13-14); a
 *   children's acknowledgement target never applies to them.
 */
export function councilProceduresOf(councilSettings: unknown): CouncilProcedures {
  const { corporate, ...childrens } = asRecord(councilSettings);
  const counting = childrens.counting;
  return {
    childrens_statutory: childrens as ProcedureSettingsInput,
    corporate: (corporate === undefined ? {} : { corporate, ...(counting !== undefined ? { counting } : {}) }) as ProcedureSettingsInput,
    adult_social_care: {},
    public_health: {},
  };
}

/**
 * A refusal by the rules engine as the client sees it: a lifecycle refusal or settings the rules cannot apply
 * (ProcedureSettingsError, e.g. a stored local target above a statutory timescale) is BAD_USER_INPUT with the
 * engine's message (a lifecycle refusal at `field`, a settings problem at "settings"); anything else is not a
 * refusal (undefined).
 */
export function rulesRefusal(error: unknown, field: ReadonlyArray<string | number>): GraphQLError | undefined {
  if (error instanceof LifecycleError) return badInput(field, error.message);
  // The problem is the council's stored settings, not the request's field: the message names the setting and rule.
  if (error instanceof ProcedureSettingsError) return badInput(["settings"], error.message);
  return undefined;
}
