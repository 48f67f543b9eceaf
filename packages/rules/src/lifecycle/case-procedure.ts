import type { IsoDate } from "../dates/iso-date";
import type { ProcedureDefinition } from "../procedures/definition";
import { type ProcedureSettingsInput, resolveProcedure } from "../procedures/settings";
import { type ProcedureHistory, definitionInForce } from "../procedures/in-force";
import type { ProcedureId } from "../vocabulary/canonical";
import type { LifecycleContext } from "./derive";
import { LifecycleError } from "./errors";
import type { CaseEvent } from "./events";

/** Which procedure a case runs under: the one decided (or the children's statutory one), as given or in force on receipt. */
function isDefinition(value: ProcedureDefinition | ProcedureSettingsInput): value is ProcedureDefinition {
  return "stages" in value && "acknowledgement" in value;
}

const PROCEDURE_WORDS: Readonly<Record<ProcedureId, string>> = {
  childrens_statutory: "children's social care statutory",
  corporate: "council's corporate",
  adult_social_care: "adult social care",
  public_health: "public health",
};

export function procedureFor(events: readonly CaseEvent[], context: LifecycleContext): ProcedureDefinition {
  const index = events.findIndex((e) => e.type === "procedure_decided");
  const decided = events[index];
  const chosen = decided?.type === "procedure_decided" ? decided.procedure : undefined;
  const given = context.procedures ? context.procedures[chosen ?? "childrens_statutory"] : context.procedure;
  if (given && isDefinition(given)) {
    if (chosen && chosen !== given.procedure) {
      throw new LifecycleError(
        "procedure_mismatch",
        index,
        `The case was put under the ${PROCEDURE_WORDS[chosen]} procedure, but the rules given are the ${given.name}.`,
      );
    }
    return given;
  }
  const receivedOn = events.find((e) => e.type === "received")?.on;
  return resolveInForce(chosen ?? "childrens_statutory", given ?? NO_SETTINGS, receivedOn, context.history);
}

const NO_SETTINGS: ProcedureSettingsInput = {};
const resolved = new WeakMap<object, Map<ProcedureDefinition, ProcedureDefinition>>();

/**
 * The procedure in force on the day received (the dated definition) with the council's settings applied;
 * remembered per settings object and definition, so a council's thousands of cases resolve it once.
 */
function resolveInForce(
  id: ProcedureId,
  settings: ProcedureSettingsInput,
  receivedOn: IsoDate | undefined,
  history: ProcedureHistory | undefined,
): ProcedureDefinition {
  const base = definitionInForce(id, receivedOn, history);
  let perSettings = resolved.get(settings);
  if (!perSettings) resolved.set(settings, (perSettings = new Map()));
  let procedure = perSettings.get(base);
  if (!procedure) {
    procedure = resolveProcedure(id, settings, { receivedOn, history });
    perSettings.set(base, procedure);
  }
  return procedure;
}
