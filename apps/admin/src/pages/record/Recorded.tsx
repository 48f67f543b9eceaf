import { useEffect, useRef } from "react";
import { Link } from "react-router";

/** The GOV.UK confirmation panel after recording: the reference, and where to go next. */
export function Recorded({ id, reference }: { id: string; reference: string }) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation" tabIndex={-1} ref={panel}>
          <h1 className="govuk-panel__title">Feedback recorded</h1>
          <div className="govuk-panel__body">
            Its reference is
            <br />
            <strong>{reference}</strong>
          </div>
        </div>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">The acknowledgement and stage clocks are running. Acknowledge it and allocate it from the case page.</p>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={`/cases/${id}`}>
              Go to case {reference}
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/cases/new" reloadDocument>
              Record more feedback
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
