import { useQuery } from "urql";
import { graphql } from "../graphql/generated";
import { Table } from "../components/govuk";
import { WITHHELD } from "./reports/figure-text";

/** This year's timeliness against last year's, for the home dashboard (aggregates any role may read). */
const TIMELINESS = graphql(`
  query Timeliness($thisYear: Int!, $lastYear: Int!) {
    s1ThisYear: statistics(metric: PERCENT_WITHIN_TIMESCALE, stage: STAGE_1, financialYear: $thisYear) {
      value
      base
      suppressed
    }
    s1LastYear: statistics(metric: PERCENT_WITHIN_TIMESCALE, stage: STAGE_1, financialYear: $lastYear) {
      value
      base
      suppressed
    }
    s2ThisYear: statistics(metric: PERCENT_WITHIN_TIMESCALE, stage: STAGE_2, financialYear: $thisYear) {
      value
      base
      suppressed
    }
    s2LastYear: statistics(metric: PERCENT_WITHIN_TIMESCALE, stage: STAGE_2, financialYear: $lastYear) {
      value
      base
      suppressed
    }
    ackThisYear: statistics(metric: PERCENT_ACKNOWLEDGED_IN_TARGET, financialYear: $thisYear) {
      value
      base
      suppressed
    }
    ackLastYear: statistics(metric: PERCENT_ACKNOWLEDGED_IN_TARGET, financialYear: $lastYear) {
      value
      base
      suppressed
    }
  }
`);

type Figure = { value: number | null; base: number | null; suppressed: boolean };

/** A withheld figure (the gateway's disclosure policy, for roles that may not read the cases) says so. */
function percentText(f: Figure | null | undefined): string {
  if (f?.suppressed) return WITHHELD;
  if (!f || f.value === null || !f.base) return "None completed";
  return `${Math.round(f.value)}% of ${f.base}`;
}

export function TimelinessSummary({ financialYear }: { financialYear: number }) {
  const [{ data, error }] = useQuery({
    query: TIMELINESS,
    variables: { thisYear: financialYear, lastYear: financialYear - 1 },
  });
  if (error || !data) return null;
  const fy = (y: number) => `${y}/${String((y + 1) % 100).padStart(2, "0")}`;
  return (
    <Table
      caption="Timeliness: this year against last year"
      head={["Measure", `${fy(financialYear)} so far`, fy(financialYear - 1)]}
      numeric={[1, 2]}
      rows={[
        ["Acknowledged within the local target", percentText(data.ackThisYear), percentText(data.ackLastYear)],
        ["Stage 1 responses within timescale", percentText(data.s1ThisYear), percentText(data.s1LastYear)],
        ["Stage 2 adjudications within timescale", percentText(data.s2ThisYear), percentText(data.s2LastYear)],
      ]}
    />
  );
}
