import type { GatewayContext } from "../context";
import type { AgreeExtensionInput } from "./inputs";
import { recordCaseEvent } from "./record-case-event";

/**
 * Agrees an extension with the complainant: Stage 1 up to 20 working days in all (SI 2006/1738 reg 14),
 * Stage 2 up to 65 (reg 17). The rules engine refuses anything beyond the statutory maximum.
 */
export async function agreeExtension(context: GatewayContext, input: AgreeExtensionInput): Promise<string> {
  return recordCaseEvent(context, {
    action: "agreeExtension",
    caseId: input.caseId,
    version: input.version,
    event: {
      type: "extension_agreed",
      on: input.on,
      stage: input.stage,
      totalWorkingDays: input.totalWorkingDays,
      reason: input.reason,
    },
  });
}
