import type { CouncilInput } from "../adapter/council-schema";
import type { Outcome } from "@csc/rules";
import type { ImportedCaseInput } from "../imported-case";
import { readCsv } from "../importer/csv";
import type { PublishedFigures } from "../published/published-figures";

/**
 * A small fictional council ("Exampleshire") used by the package's tests and as the template for a new
 * council. It shows every part of an adapter: vocabularies mapped to canonical values, procedure settings
 * with their sources, a layout with fixed rows, generated rows and a previous-year column, and a CSV importer.
 */
export const EXAMPLE_CSV_COLUMNS = [
  "Reference",
  "Type",
  "Received",
  "Channel",
  "Complainant",
  "Team",
  "Reasons",
  "Acknowledged",
  "Stage 1 Responded",
  "Stage 1 Outcome",
] as const;

/** Reads Exampleshire's case export: one row per case, reasons "Category/Reason" separated by ";". */
export function parseExampleExport(text: string): ImportedCaseInput[] {
  return readCsv(text, EXAMPLE_CSV_COLUMNS).map((r) => {
    const receivedOn = r.date("Received");
    if (receivedOn === null) r.required("Received");
    const received = receivedOn as string;
    const acknowledged = r.date("Acknowledged");
    const responded = r.date("Stage 1 Responded");
    const outcome = r.optional("Stage 1 Outcome");
    const reasons = r.list("Reasons").map((pair, i) => {
      const [category, reason] = pair.split("/");
      return { id: `p${i + 1}`, category: category ?? null, reason: reason ?? null };
    });
    const canonicalOutcome: Outcome = outcome === "UP" ? "upheld" : outcome === "PART" ? "partially_upheld" : "not_upheld";
    return {
      externalId: r.required("Reference"),
      kind: r.required("Type"),
      receivedOn: received,
      channel: r.optional("Channel"),
      complainantType: r.optional("Complainant"),
      teams: r.list("Team"),
      points: reasons,
      localOutcomes: outcome ? { stage1: outcome } : {},
      events: [
        { type: "received", on: received },
        ...(acknowledged ? [{ type: "acknowledged" as const, on: acknowledged }] : []),
        ...(r.required("Type") === "COMP"
          ? [
              { type: "stage_started" as const, on: received, stage: "stage1" as const },
              ...(responded
                ? [
                    {
                      type: "response_sent" as const,
                      on: responded,
                      stage: "stage1" as const,
                      outcomes: (reasons.length > 0 ? reasons : [{ id: "p1" }]).map((p) => ({ pointId: p.id, outcome: canonicalOutcome })),
                    },
                  ]
                : []),
            ]
          : []),
      ],
    } satisfies ImportedCaseInput;
  });
}

/** Exampleshire's export of eight cases over three years (references only: no personal data). */
export const EXAMPLE_FIXTURE = `${EXAMPLE_CSV_COLUMNS.join(",")}
E0,COMP,2019-11-04,EM,PAR,RA,COMMS/NORESP,2019-11-05,2019-11-12,NOT
E1,COMP,2020-06-01,EM,PAR,CA,COMMS/NORESP,2020-06-02,2020-06-10,NOT
E2,COMP,2021-04-06,EM,PAR,CA,COMMS/NORESP,2021-04-07,2021-04-15,UP
E3,COMP,2021-05-06,PH,YP,CIC1,SERV/DELAY;COMMS/NORESP,2021-05-07,2021-05-14,UP
E4,COMP,2021-07-06,EM,PAR,CA,SERV/DELAY,2021-07-08,2021-07-19,NOT
E5,COMP,2022-03-20,PH,PAR,CA,SERV/DELAY,2022-03-21,,
E6,COMPLIMENT,2021-09-01,EM,PAR,CIC1,,,,
E7,COMPLIMENT,2020-09-01,EM,PAR,CIC1,,,,
E8,COMPLIMENT,2020-10-01,EM,YP,CIC1,,,,
`;

/** What Exampleshire "published" for 2020/21 and 2021/22, counted by hand from the fixture above. */
export const EXAMPLE_PUBLISHED: PublishedFigures[] = [
  {
    year: 2021,
    figures: [
      { section: "Table 1", table: "received", row: "Complaints", column: "Previous year", value: 1 },
      { section: "Table 1", table: "received", row: "Complaints", column: "This year", value: 4 },
      { section: "Table 1", table: "received", row: "Compliments", column: "Previous year", value: 2 },
      { section: "Table 1", table: "received", row: "Compliments", column: "This year", value: 1 },
      { section: "Table 2", table: "stage1-outcomes", row: "Upheld", column: "Number", value: 2 },
      { section: "Table 2", table: "stage1-outcomes", row: "Upheld", column: "%", value: "67%" },
      { section: "Table 2", table: "stage1-outcomes", row: "Partly upheld", column: "Number", value: 0 },
      { section: "Table 2", table: "stage1-outcomes", row: "Not upheld", column: "Number", value: 1 },
      { section: "Table 2", table: "stage1-outcomes", row: "Not upheld", column: "%", value: "33%" },
      { section: "Table 2", table: "stage1-outcomes", row: "Total", column: "Number", value: 3 },
    ],
  },
  {
    year: 2020,
    figures: [
      { section: "Table 1", table: "received", row: "Complaints", column: "Previous year", value: 1 },
      { section: "Table 1", table: "received", row: "Complaints", column: "This year", value: 1 },
      { section: "Table 1", table: "received", row: "Compliments", column: "This year", value: 2 },
      { section: "Table 2", table: "stage1-outcomes", row: "Not upheld", column: "%", value: "100%" },
    ],
  },
];

export const exampleCouncilInput = {
  id: "exampleshire",
  name: "Exampleshire County Council",
  onsCode: "E10000099",
  vocabularies: {
    kinds: [
      { code: "COMP", label: "Complaint", canonical: "complaint" },
      { code: "COMPLIMENT", label: "Compliment", canonical: "compliment" },
    ],
    reasonCategories: [
      { code: "COMMS", label: "Communication", canonical: "communication" },
      { code: "SERV", label: "Service", canonical: "quality_of_service" },
    ],
    reasons: [
      { code: "NORESP", label: "No response to calls", canonical: "communication", parent: "COMMS" },
      { code: "DELAY", label: "Delay", canonical: "delay", parent: "SERV" },
    ],
    outcomes: [
      { code: "UP", label: "Upheld", canonical: "upheld" },
      { code: "PART", label: "Partly upheld", canonical: "partially_upheld" },
      { code: "NOT", label: "Not upheld", canonical: "not_upheld" },
    ],
    serviceAreas: [{ code: "CIC", label: "Children in care", canonical: "children_in_care" }],
    teams: [
      { code: "RA", label: "Referral & Assessment", canonical: "front_door_assessment", validTo: "2020-03-31" },
      { code: "CA", label: "Children's Assessment", canonical: "front_door_assessment", validFrom: "2020-04-01", renamedFrom: "RA" },
      { code: "CIC1", label: "Children in Care Team", canonical: "children_in_care", parent: "CIC" },
    ],
    channels: [
      { code: "EM", label: "Email", canonical: "email" },
      { code: "PH", label: "Telephone", canonical: "phone" },
    ],
    complainantTypes: [
      { code: "PAR", label: "Parent", canonical: "parent" },
      { code: "YP", label: "Young person", canonical: "child_or_young_person" },
    ],
  },
  procedures: {
    acknowledgement: { workingDays: 3, source: "Exampleshire complaints policy 2019, para 4.2 (local policy)" },
  },
  report: {
    title: "Children's Social Care Complaints Annual Report",
    rounding: { method: "half_up", percentDecimals: 0, averageDecimals: 1 },
    sections: [
      {
        id: "volumes",
        title: "How many complaints we received",
        narrative: [{ id: "intro", prompt: "Summarise the year" }],
        tables: [
          {
            id: "received",
            title: "Complaints and compliments received",
            source: "Table 1",
            columns: [{ label: "Previous year" }, { label: "This year" }],
            rows: [
              {
                label: "Complaints",
                cells: [
                  { measure: { metric: "cases_received", filter: { kind: ["complaint"] } }, yearOffset: -1 },
                  { measure: { metric: "cases_received", filter: { kind: ["complaint"] } } },
                ],
              },
              {
                label: "Compliments",
                cells: [
                  { measure: { metric: "cases_received", filter: { kind: ["compliment"] } }, yearOffset: -1 },
                  { measure: { metric: "cases_received", filter: { kind: ["compliment"] } } },
                ],
              },
            ],
          },
        ],
        charts: [{ id: "received-chart", type: "bar", table: "received", alt: "Complaints and compliments by year" }],
      },
      {
        id: "outcomes",
        title: "Outcomes at Stage 1",
        tables: [
          {
            id: "stage1-outcomes",
            title: "Stage 1 outcomes",
            source: "Table 2",
            columns: [
              { label: "Number", cell: { measure: { metric: "cases_completed", stage: "stage1", groupBy: ["localOutcome"] } } },
              {
                label: "%",
                cell: {
                  ratio: {
                    numerator: { measure: { metric: "cases_completed", stage: "stage1", groupBy: ["localOutcome"] } },
                    denominator: { measure: { metric: "cases_completed", stage: "stage1" } },
                  },
                  format: { type: "percent", decimals: 0, suffix: "%" },
                },
              },
            ],
            rowsFrom: { dimension: "localOutcome" },
            rows: [
              {
                label: "Total",
                cells: [{ measure: { metric: "cases_completed", stage: "stage1" } }, { text: "100%" }],
              },
            ],
          },
        ],
      },
    ],
  },
  importer: { format: "csv", parse: parseExampleExport, columns: [...EXAMPLE_CSV_COLUMNS] },
  fixtures: async () => EXAMPLE_FIXTURE,
  published: async () => EXAMPLE_PUBLISHED,
} satisfies CouncilInput;
