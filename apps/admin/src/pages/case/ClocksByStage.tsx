import { Table, Tag } from "../../components/govuk";
import { formatDate, humanise } from "../../format";
import type { CaseDetailFieldsFragment as CaseDetail } from "../../graphql/generated/graphql";
import { ClocksTable, clockState } from "./ClocksTable";

type Clock = CaseDetail["clocks"][number];

/** Whether a clock is an acknowledgement: the complaint's (acknowledgement), or a Stage 2 or 3 request's (stageN_acknowledgement). */
export const isAcknowledgement = (clock: { clockId: string }): boolean => clock.clockId.endsWith("acknowledgement");

/** The clocks the council owes (the complainant's request windows are not deadlines the council meets). */
export const councilClocks = <T extends { owedBy?: string }>(clocks: T[]): T[] => clocks.filter((c) => c.owedBy !== "COMPLAINANT");

/** Words for a complainant's request window: open with days left, closed, or used (on time or late). */
function windowState(clock: Clock): { text: string; colour: "green" | "grey" | "blue" | "yellow" } {
  if (clock.stoppedOn) {
    if (clock.met === true) return { text: `Asked ${formatDate(clock.stoppedOn)}, in time`, colour: "green" };
    if (clock.met === false) return { text: `Asked ${formatDate(clock.stoppedOn)}, after the window (allowed, flagged)`, colour: "yellow" };
    return { text: "Not asked", colour: "grey" };
  }
  const left = clock.workingDaysLeft;
  if (clock.overdue || left === null) return { text: "Window passed: a later request is still allowed and flagged", colour: "grey" };
  return { text: `Open: ${left} working day${left === 1 ? "" : "s"} left to ask`, colour: "blue" };
}

/** The complainant's windows to ask for the next stage (SI 2006/1738 regs 14, 18), apart from the council's clocks. */
function RequestWindows({ clocks }: { clocks: Clock[] }) {
  return (
    <Table
      caption="The complainant's windows to ask for the next stage"
      head={["Window", "Opened", "Closes", "State"]}
      rows={clocks.map((c) => {
        const state = windowState(c);
        return [
          <span key="l">
            {c.label}
            {c.source ? <span className="govuk-body-s govuk-!-display-block">{c.source}</span> : null}
          </span>,
          formatDate(c.startedOn),
          formatDate(c.dueOn),
          <Tag key="s" colour={state.colour}>
            {state.text}
          </Tag>,
        ];
      })}
    />
  );
}

/**
 * The timescales the council owes, grouped by the stage they belong to (the acknowledgement and anything without
 * a stage first), then the complainant's request windows in a table of their own.
 */
export function ClocksByStage({ clocks }: { clocks: Clock[] }) {
  const owed = councilClocks(clocks);
  const windows = clocks.filter((c) => c.owedBy === "COMPLAINANT");
  const groups = new Map<string, Clock[]>();
  for (const clock of owed) {
    const key = clock.stage ?? "";
    groups.set(key, [...(groups.get(key) ?? []), clock]);
  }
  const keys = [...groups.keys()].sort();
  return (
    <>
      {owed.length === 0 ? <ClocksTable clocks={owed} /> : null}
      {keys.map((key) => (
        <ClocksTable
          key={key || "none"}
          clocks={groups.get(key) ?? []}
          caption={key ? `Timescales: ${humanise(key)}` : "Timescales: receipt and acknowledgement"}
        />
      ))}
      {windows.length > 0 ? <RequestWindows clocks={windows} /> : null}
    </>
  );
}

/**
 * The council's running clock the case waits on next: the one due on the case's nextDueOn, which the rules decide
 * (@csc/rules nextDueOf: the earliest running response clock); null when the council owes nothing now.
 */
export function clockDueNext<T extends { owedBy?: string; stoppedOn?: string | null; dueOn: string }>(
  clocks: T[],
  nextDueOn: string | null,
): T | null {
  if (!nextDueOn) return null;
  return councilClocks(clocks).find((c) => !c.stoppedOn && c.dueOn === nextDueOn) ?? null;
}

/** Under the case's heading, whichever tab is open: what the case waits on next, when it is due and its state. */
export function NextDue({ clocks, nextDueOn }: { clocks: Clock[]; nextDueOn: string | null }) {
  const next = clockDueNext(clocks, nextDueOn);
  if (!next) return null;
  return (
    <p className="govuk-body" data-testid="next-due">
      Next due: <strong>{next.label.split(/:| \(/)[0]}</strong>, {formatDate(next.dueOn)} ({clockState(next).text.toLowerCase()})
    </p>
  );
}
