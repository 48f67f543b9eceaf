import { type ProcedureDefinition, type ProcedureDefinitionInput, procedureDefinitionSchema } from "./definition";

/**
 * Single-stage procedures under The Local Authority Social Services and National Health Service Complaints
 * (England) Regulations 2009 (SI 2009/309): acknowledge within 3 working days (reg 13); respond within six
 * months of receipt or a longer period agreed with the complainant (reg 14); complaints within 12 months of the
 * matter (reg 12), later ones at the council's discretion.
 */
function singleStageUnder2009Regulations(id: "adult_social_care" | "public_health", name: string, source: string): ProcedureDefinitionInput {
  return {
    id,
    procedure: id,
    name,
    source,
    timeLimit: { months: 12, source: "SI 2009/309 reg 12" },
    acknowledgement: {
      id: "acknowledgement",
      label: "Acknowledgement within 3 working days of receipt",
      workingDays: 3,
      startsAt: "received",
      endsAt: "acknowledged",
      source: "SI 2009/309 reg 13",
      statutory: true,
    },
    stages: [
      {
        stage: "stage1",
        label: "Response (single stage)",
        responseEvent: "response_sent",
        timescaleClock: "stage1",
        clocks: [
          {
            id: "stage1",
            label: "Response within six months of receipt, or a longer period agreed with the complainant",
            months: 6,
            extendableByAgreement: true,
            startsAt: "received",
            endsAt: "response_sent",
            source: "SI 2009/309 reg 14",
            statutory: true,
          },
        ],
      },
    ],
  };
}

export const adultSocialCareProcedure: ProcedureDefinition = procedureDefinitionSchema.parse(
  singleStageUnder2009Regulations("adult_social_care", "Adult social care complaints procedure", "SI 2009/309"),
);

/** Complaints about the council's public health functions (reported apart from social care, e.g. by Hartlepool). */
export const publicHealthProcedure: ProcedureDefinition = procedureDefinitionSchema.parse(
  singleStageUnder2009Regulations(
    "public_health",
    "Public health complaints procedure",
    "SI 2009/309 as it applies to local authority public health functions",
  ),
);
