import { Table, Tag } from "../../components/govuk";
import { formatDate, humanise } from "../../format";
import type { CaseDetailFieldsFragment, CaseSummaryFieldsFragment } from "../../graphql/generated/graphql";

type Clock = CaseDetailFieldsFragment["clocks"][number];

/** Words for a clock's state: working days left, overdue by, met or missed. */
export function clockState(clock: CaseSummaryFieldsFragment["clocks"][number]): {
  text: string;
  colour: "green" | "red" | "blue" | "grey" | "orange";
} {
  const left = clock.workingDays - clock.workingDaysElapsed;
  if (clock.stoppedOn) {
    if (clock.met === true) return { text: "Met", colour: "green" };
    if (clock.met === false) return { text: `Missed by ${Math.max(1, -left)} working day${-left === 1 ? "" : "s"}`, colour: "red" };
    return { text: "Stopped", colour: "grey" };
  }
  if (clock.overdue) {
    const by = Math.max(1, -left);
    return { text: `Overdue by ${by} working day${by === 1 ? "" : "s"}`, colour: "red" };
  }
  if (left <= 2) return { text: `${left} working day${left === 1 ? "" : "s"} left`, colour: "orange" };
  return { text: `${left} working days left`, colour: "blue" };
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
