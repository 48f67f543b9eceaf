import type { GatewayContext } from "../context";
import type { AppointInvestigatorInput } from "./inputs";
import { recordCaseEvent } from "./record-case-event";
import { dateFromIso } from "@csc/rules";

const day = dateFromIso;

/**
 * Appoints the Stage 2 Investigating Officer or Independent Person (SI 2006/1738 regs 2, 17), recording the
 * appointment and, for an independent investigation, its cost.
 */
export async function appointInvestigator(context: GatewayContext, input: AppointInvestigatorInput): Promise<string> {
  return recordCaseEvent(context, {
    action: "appointInvestigator",
    caseId: input.caseId,
    version: input.version,
    event: { type: "investigator_appointed", on: input.on, role: input.role },
    alongside: async (tx, row) => {
      const reviewer = await tx.independentReviewer.create({
        data: { councilId: row.councilId, name: input.name, external: input.role === "independent_person" },
      });
      await tx.appointment.create({
        data: { councilId: row.councilId, caseId: row.id, role: input.role, reviewerId: reviewer.id, appointedOn: day(input.on) },
      });
      if (input.costPence != null) {
        await tx.investigationCost.create({
          data: {
            councilId: row.councilId,
            caseId: row.id,
            stage: "stage2",
            role: input.role,
            incurredOn: day(input.on),
            amountPence: input.costPence,
          },
        });
      }
    },
  });
}
