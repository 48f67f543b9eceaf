import type { GatewayContext } from "../context";
import type { DatedCaseChangeInput } from "./inputs";
import { recordCaseEvent } from "./record-case-event";

/** Records that the complainant withdrew; every running clock stops. */
export async function withdrawCase(context: GatewayContext, input: DatedCaseChangeInput): Promise<string> {
  return recordCaseEvent(context, {
    action: "withdrawCase",
    caseId: input.caseId,
    version: input.version,
    event: { type: "withdrawn", on: input.on },
  });
}
