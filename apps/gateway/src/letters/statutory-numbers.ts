import { allClocks, childrensStatutoryProcedure } from "@csc/rules";

/** A clock of the children's statutory procedure, by id, from @csc/rules (the one place the numbers live). */
function clock(id: string) {
  const found = allClocks(childrensStatutoryProcedure).find((c) => c.clock.id === id)?.clock;
  if (!found?.workingDays) throw new Error(`@csc/rules has no clock ${id} in working days`);
  return { ...found, workingDays: found.workingDays };
}

/** The timescales the letters state, each with the regulation that sets it. */
export function statutoryNumbers() {
  const stage1 = clock("stage1");
  const stage2Request = clock("stage2_request");
  const stage2 = clock("stage2");
  const panelRequest = clock("stage3_request");
  const panel = clock("stage3_panel");
  const panelReport = clock("stage3_panel_report");
  const councilResponse = clock("stage3_council_response");
  return {
    stage1: { days: stage1.workingDays, maxDays: stage1.maxWorkingDays ?? stage1.workingDays, source: stage1.source },
    stage2Request: { days: stage2Request.workingDays, source: stage2Request.source },
    stage2: { days: stage2.workingDays, maxDays: stage2.maxWorkingDays ?? stage2.workingDays, source: stage2.source },
    panelRequest: { days: panelRequest.workingDays, source: panelRequest.source },
    panel: { days: panel.workingDays, source: panel.source },
    panelReport: { days: panelReport.workingDays, source: panelReport.source },
    councilResponse: { days: councilResponse.workingDays, source: councilResponse.source },
  };
}
