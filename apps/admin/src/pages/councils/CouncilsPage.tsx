import { Link, useLocation } from "react-router";
import { useQuery } from "urql";
import { NotificationBanner, Table } from "../../components/govuk";
import { COUNCIL_LIST } from "../../graphql/onboarding-operations";

/** The platform administrator's list of councils, with "Add a council". */
export function CouncilsPage() {
  const location = useLocation();
  const state = location.state as { invited?: string; account?: boolean } | null;
  const [{ data, fetching }] = useQuery({ query: COUNCIL_LIST, requestPolicy: "network-only" });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {state?.invited ? (
          <NotificationBanner title="Success" success>
            <p className="govuk-notification-banner__heading">
              {state.account
                ? `${state.invited} is the council's administrator: they sign in with the initial password, choose their own and finish the set-up.`
                : `${state.invited} was invited: they accept the invitation when they next sign in, then finish the set-up.`}
            </p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">Councils</h1>
        <p className="govuk-body">
          Councils on the platform. A new council starts with the statutory timescales and the canonical vocabularies; its administrator finishes the
          set-up.
        </p>
        <Link to="/councils/new" className="govuk-button" data-module="govuk-button">
          Add a council
        </Link>
        {fetching && !data ? <p className="govuk-body">Loading…</p> : null}
        {data ? <Table caption="Councils on the platform" head={["Council", "Id"]} rows={data.councils.map((c) => [c.name, c.id])} /> : null}
      </div>
    </div>
  );
}
