import { formatDate, humanise } from "../../format";
import type { CaseDetailFieldsFragment as CaseDetail } from "../../graphql/generated/graphql";
import { timelineOutcomes } from "./timeline-outcomes";

/** The case's events in the order they happened, each with its date, who recorded it and any outcomes it gave. */
export function CaseTimeline({ detail: c }: { detail: CaseDetail }) {
  return (
    <>
      <h2 className="govuk-heading-m">Timeline</h2>
      {c.timeline.totalCount > c.timeline.nodes.length ? (
        <p className="govuk-body">
          The first {c.timeline.nodes.length} of {c.timeline.totalCount} entries are shown.
        </p>
      ) : null}
      <ol className="app-timeline">
        {c.timeline.nodes.map((t) => (
          <li className="app-timeline__item" key={t.seq}>
            <p className="govuk-body govuk-!-margin-bottom-0">
              <strong>{humanise(t.type)}</strong>
            </p>
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              {formatDate(t.on)}
              {t.actorRole ? ` · ${humanise(t.actorRole)}` : ""}
            </p>
            {timelineOutcomes(c, t) ? <p className="govuk-body-s govuk-!-margin-bottom-0">{timelineOutcomes(c, t)}</p> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
