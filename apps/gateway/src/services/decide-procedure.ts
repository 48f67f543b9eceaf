import type { GatewayContext } from "../context";
import type { DecideProcedureInput } from "./inputs";
import { recordCaseEvent } from "./record-case-event";

/** Decides which procedure the complaint runs under (children's statutory, corporate, adult social care...). */
export async function decideProcedure(context: GatewayContext, input: DecideProcedureInput): Promise<string> {
  return recordCaseEvent(context, {
    action: "decideProcedure",
    caseId: input.caseId,
    version: input.version,
    event: { type: "procedure_decided", on: input.on, procedure: input.procedure },
  });
}
