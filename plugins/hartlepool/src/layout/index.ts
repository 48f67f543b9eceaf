import type { ReportLayoutInput } from "@csc/council-kit";
import { CHANGE_COLUMN, CSC, INVESTIGATED, LAST_YEAR, narrative, NO_DIFFERENCE_CELL, receivedChange, picked, received, THIS_YEAR } from "./cells";
import { laterSections } from "./later-sections";

/**
 * Hartlepool's annual report ("Children's and Joint Commissioning Services Annual Complaint Report"), in the
 * order of the 2020/21 report (seed 003). The report prints its figures in the prose of section 7, so each
 * paragraph that states figures becomes a table here, its rows in the order the paragraph states them and its
 * row labels in the paragraph's words. Every cell names a measure; none holds a figure.
 *
 * Bases: volumes are on complaints received in the year (section 7.2 "Of the 40 complaints received"); the stage
 * tables follow the complaints received in the year through the procedure (basis "received"), as the report does.
 */

export const layout: ReportLayoutInput = {
  title: "Children's and Joint Commissioning Services Annual Complaint Report",
  rounding: { method: "half_up", percentDecimals: 0, averageDecimals: 1 },
  contents: { title: "Contents" },
  sections: [
    {
      id: "1-introduction",
      title: "1. Introduction",
      narrative: [narrative("introduction", "Welcome, the period covered and what the report outlines.")],
    },
    { id: "2-background", title: "2. Background", narrative: [narrative("background", "What is a complaint? Who can complain?")] },
    {
      id: "3-childrens-framework",
      title: "3. Children's Social Care Complaint Framework",
      narrative: [
        narrative("childrens-framework", "Complaint management arrangements, the regulations and the three stages, referral to the LGSCO."),
      ],
    },
    {
      id: "4-public-health-framework",
      title: "4. Public Health Complaint Framework",
      narrative: [narrative("public-health-framework", "The public health complaint regulations and management arrangements.")],
    },
    { id: "5-principles", title: "5. Principles and outcomes", narrative: [narrative("principles", "Principles of good complaint handling.")] },
    {
      id: "6-public-information",
      title: "6. Public information",
      narrative: [narrative("public-information", "How the procedure is publicised and made accessible.")],
    },
    {
      id: "7-1-compliments",
      title: "7.1. Compliments",
      narrative: [narrative("compliments", "What compliments tell us and why the number changed.")],
      tables: [
        {
          id: "compliments",
          title: "Compliments received relating to children's social care",
          source: "7.1",
          columns: [{ label: LAST_YEAR }, { label: THIS_YEAR }, { label: CHANGE_COLUMN }],
          rows: [
            {
              label: "Compliments received",
              cells: [received({ kind: ["compliment"] }, -1), received({ kind: ["compliment"] }), receivedChange({ kind: ["compliment"] })],
            },
          ],
        },
      ],
    },
    {
      id: "7-2-complaints",
      title: "7.2. Complaints received in {year} - Children's social care",
      narrative: [narrative("complaints", "Volumes compared with the previous year and actions implemented (Appendix B).")],
      tables: [
        {
          id: "complaints-received",
          title: "Complaints received and investigated",
          source: "7.2",
          columns: [{ label: LAST_YEAR }, { label: THIS_YEAR }, { label: CHANGE_COLUMN }],
          rows: [
            { label: "Complaints received", cells: [received(CSC, -1), received(CSC), receivedChange(CSC)] },
            {
              label: "Complaints not considered further",
              cells: [
                { measure: { metric: "not_considered", filter: CSC, basis: "received" }, yearOffset: -1 },
                { measure: { metric: "not_considered", filter: CSC, basis: "received" } },
                NO_DIFFERENCE_CELL,
              ],
            },
            { label: "Complaints investigated", cells: [received(INVESTIGATED, -1), received(INVESTIGATED), receivedChange(INVESTIGATED)] },
            {
              label: "Complaints carried forward from the previous year",
              cells: [
                { measure: { metric: "open_at_start", filter: CSC }, yearOffset: -1 },
                { measure: { metric: "open_at_start", filter: CSC } },
                NO_DIFFERENCE_CELL,
              ],
            },
          ],
        },
        {
          id: "not-considered",
          title: "Complaints not considered further",
          source: "7.2",
          columns: [{ label: THIS_YEAR }],
          rows: [
            ...(
              [
                ["Ongoing or concluded court proceedings", "COURT"],
                ["Withdrawn by the Council (complainant did not engage)", "NOENGAGE"],
                ["Based on anecdotal evidence", "ANECDOTAL"],
                ["Related to another organisation", "OTHERORG"],
              ] as const
            ).map(([label, code]) => ({
              label,
              cells: [picked("not_considered", CSC, "localNotConsideredReason", code, { basis: "received" })],
            })),
            { label: "Total not considered further", cells: [{ measure: { metric: "not_considered", filter: CSC, basis: "received" } }] },
          ],
        },
        {
          id: "who-complained",
          title: "Who complained",
          source: "7.2",
          columns: [{ label: THIS_YEAR }],
          rows: [
            ...(
              [
                ["Parent", "PARENT"],
                ["Grandparent", "GRANDPARENT"],
                ["Connected carer", "CONNECTED"],
                ["Child", "CHILD"],
              ] as const
            ).map(([label, code]) => ({ label, cells: [picked("cases_received", CSC, "localComplainantType", code)] })),
            { label: "Total complaints received", cells: [received(CSC)] },
          ],
        },
        {
          id: "first-stage",
          title: "Complaints investigated: where the procedure started",
          source: "7.2",
          columns: [{ label: THIS_YEAR }],
          rows: [
            { label: "Responded to at Stage 1 in the first instance", cells: [picked("cases_received", CSC, "entryStage", "stage1")] },
            { label: "Proceeded directly to Stage 2", cells: [picked("cases_received", CSC, "entryStage", "stage2")] },
            { label: "Total complaints investigated", cells: [received(INVESTIGATED)] },
          ],
        },
        {
          id: "stage1",
          title: "Complaints responded to at Stage 1",
          source: "7.2",
          columns: [{ label: THIS_YEAR }],
          rows: [
            {
              label: "Responded to at Stage 1",
              cells: [{ measure: { metric: "cases_completed", stage: "stage1", filter: CSC, basis: "received" } }],
            },
            { label: "Resolved", cells: [picked("cases_completed", CSC, "furthestStage", "stage1", { stage: "stage1", basis: "received" })] },
            {
              label: "Progressed to Stage 2",
              cells: [
                {
                  measure: { metric: "cases_completed", stage: "stage1", basis: "received", filter: { ...CSC, furthestStage: ["stage2", "stage3"] } },
                },
              ],
            },
          ],
        },
        {
          id: "stage2",
          title: "Complaints investigated at Stage 2",
          source: "7.2",
          columns: [{ label: THIS_YEAR }],
          rows: [
            { label: "Investigated at Stage 2", cells: [{ measure: { metric: "stages_started", stage: "stage2", filter: CSC } }] },
            {
              label: "Withdrawn at Stage 2 by the Council",
              cells: [{ measure: { metric: "cases_completed", stage: "stage2", basis: "received", filter: { ...CSC, outcome: ["discontinued"] } } }],
            },
            {
              label: "Concluded following the completion of Stage 2",
              cells: [
                {
                  measure: {
                    metric: "cases_completed",
                    stage: "stage2",
                    basis: "received",
                    filter: { ...CSC, outcome: ["upheld", "partially_upheld", "not_upheld", "no_finding"] },
                  },
                },
              ],
            },
            {
              label: "Remain ongoing at Stage 2",
              cells: [{ measure: { metric: "open_at_end", stage: "stage2", filter: { ...CSC, "local:onHold": ["N"] } } }],
            },
            {
              label: "Remain 'on hold' at Stage 2 at the complainant's request",
              cells: [{ measure: { metric: "open_at_end", stage: "stage2", filter: { ...CSC, "local:onHold": ["Y"] } } }],
            },
          ],
        },
      ],
    },
    ...laterSections,
  ],
};
