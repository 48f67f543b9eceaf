import { Table, Tag } from "../../components/govuk";
import { formatDate, humanise } from "../../format";
import type { CaseDetailFieldsFragment, CaseSummaryFieldsFragment } from "../../graphql/generated/graphql";

type Clock = CaseDetailFieldsFragment["clocks"][number];

const workingDays = (n: number) => `${n} working day${n === 1 ? "" : "s"}`;

/** Words for a clock's state: working days left, overdue by, met or missed. */
export function clockState(clock: CaseSummaryFieldsFragment["clocks"][number]): {
  text: string;
  colour: "green" | "red" | "blue" | "grey" | "orange";
} {
  if (clock.stoppedOn) {
    if (clock.met === true) return { text: "Met", colour: "green" };
    if (clock.met === false) return { text: `Missed by ${workingDays(clock.overdueBy ?? 0)}`, colour: "red" };
    return { text: "Stopped", colour: "grey" };
  }
  const { overdueBy, workingDaysLeft: left } = clock;
  if (typeof overdueBy === "number") return { text: `Overdue by ${workingDays(overdueBy)}`, colour: "red" };
  // Past its due date since the case's figures were last brought up to date (the page says how old they are).
  if (clock.overdue || typeof left !== "number") return { text: "Overdue", colour: "red" };
  return { text: `${workingDays(left)} left`, colour: left <= 2 ? "orange" : "blue" };
}

export function ClocksTable({ clocks, caption = "Timescales" }: { clocks: Clock[]; caption?: string }) {
  if (clocks.length === 0) return <p className="govuk-body">No statutory clock is running.</p>;
  return (
    <Table
      caption={caption}
      head={["Clock", "Started", "Due", "Working days used", "State"]}
      numeric={[3]}
      rows={clocks.map((c) => {
        const state = clockState(c);
        return [
          <span key="l">
            {c.label}
            {c.source ? <span className="govuk-body-s govuk-!-display-block">{c.source}</span> : null}
          </span>,
          formatDate(c.startedOn),
          formatDate(c.dueOn),
          `${c.workingDaysElapsed} of ${c.workingDays}${c.daysPaused ? ` (${c.daysPaused} paused)` : ""}`,
          <span key="s">
            <Tag colour={state.colour}>{state.text}</Tag>
            {c.band ? <span className="govuk-body-s govuk-!-display-block">{humanise(c.band)}</span> : null}
          </span>,
        ];
      })}
    />
  );
}
