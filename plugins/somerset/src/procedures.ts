import type { CouncilProcedureSettingsInput } from "@csc/council-kit";

/**
 * Somerset's procedure settings for children's social care complaints (seed 004, sections 2.3 and 3.2).
 */
export const procedures: CouncilProcedureSettingsInput = {
  /**
   * The 2016/17 report states no acknowledgement target. 3 working days is assumed (the figure of SI 2009/309
   * reg 13(2) that councils commonly apply corporately); recorded as an assumption in README.md until the
   * council confirms it.
   */
  acknowledgement: {
    workingDays: 3,
    source: "Local policy (assumed, not stated in the 2016/17 report): 3 working days as SI 2009/309 reg 13(2)",
  },
  /**
   * Seed 3.2: "a target for resolution of Stage 1 complaints of 10 working days though this can be extended in
   * agreement with the customer"; the extension is capped at the statutory 20 working days.
   */
  stage1: { workingDays: 10, extendedWorkingDays: 20, source: "SI 2006/1738 reg 14; Somerset report 2016/17 sections 2.3 and 3.2" },
  /** The report states no Stage 2 target of its own: the statutory 25 working days, extendable to 65. */
  stage2: { workingDays: 25, extendedWorkingDays: 65, source: "SI 2006/1738 regs 16-17" },
  stage3: { panelWorkingDays: 30, source: "SI 2006/1738 reg 19" },
  /** Stage 1 on time against the agreed 10 (or extended) working days; Stage 2 within the agreed timescale. */
};
