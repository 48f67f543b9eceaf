import type { CouncilProcedureSettingsInput } from "@csc/council-kit";

/** Northamptonshire's procedure settings for children's social care complaints (seed 002, sections 4 and "Complaint Timescales"). */
export const procedures: CouncilProcedureSettingsInput = {
  /**
   * The 2015/16 report says complaints are acknowledged (section 4, Stage 1) but states no target. 3 working days
   * is assumed (the figure of SI 2009/309 reg 13(2) that English councils commonly adopt as local policy), and
   * recorded in README.md as an assumption until the council confirms it.
   */
  acknowledgement: {
    workingDays: 3,
    source: "Local policy (assumed, not stated in the 2015/16 report): 3 working days as SI 2009/309 reg 13(2)",
  },
  /** "The statutory timescale for responding to complaints at Stage 1 is 10 working days ... A maximum of 20 working days may be allowed." */
  stage1: { workingDays: 10, extendedWorkingDays: 20, source: "SI 2006/1738 reg 14; Northamptonshire report 2015/16, Complaint Timescales" },
  stage2: { workingDays: 25, extendedWorkingDays: 65, source: "SI 2006/1738 regs 16-17" },
  stage3: { panelWorkingDays: 30, source: "SI 2006/1738 reg 19" },
  /**
   * "Any complaints that exceed the 10 working day timescale without an agreed extension in place are recorded as
   * 'out of timescale'": Stage 1 is in timescale within 10 working days or the agreed extension (at most 20).
   */
};
