import { Table } from "../../components/govuk";
import { formatDate } from "../../format";
import type { CaseDetailFieldsFragment as CaseDetail } from "../../graphql/generated/graphql";
import { groundWords } from "./not-considered-input";

type Decision = NonNullable<CaseDetail["notConsideredDecisions"]>[number];

function covers(d: Decision): string {
  if (d.discretionExercised === true) return "None: the council used its discretion to consider it";
  return d.points ? `Point${d.points.length > 1 ? "s" : ""} ${d.points.join(", ")} (the others go on)` : "The whole complaint";
}

/** The decisions not to consider the complaint, whole or in part, each with the law or policy that gives its ground. */
export function NotConsideredDecisions({ decisions }: { decisions: Decision[] }) {
  if (decisions.length === 0) return null;
  return (
    <Table
      caption="Decisions not to consider"
      head={["Decided", "Ground", "Law or policy", "Not considered", "Decided by"]}
      rows={decisions.map((d) => [formatDate(d.on), groundWords(d.reason, d.localGroundLabel), d.source, covers(d), d.decidedBy ?? "Not recorded"])}
    />
  );
}
