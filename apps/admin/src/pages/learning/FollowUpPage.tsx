import { type FormEvent, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { FollowUpSource, RecommendationStatus } from "../../graphql/generated/graphql";
import { Button, Select, Table, Tag, type TagColour } from "../../components/govuk";
import { Pagination } from "../../components/govuk/Pagination";
import { formatDate } from "../../format";
import { enumMember } from "../../graphql/enum-member";
import { FOLLOW_UP, type FollowUpItem } from "../../graphql/follow-up-operations";

/** How many items a page of the tracker shows. */
const PAGE_SIZE = 20;

const STATUS_COLOUR: Record<string, TagColour> = {
  [RecommendationStatus.Open]: "blue",
  [RecommendationStatus.InProgress]: "yellow",
  [RecommendationStatus.Done]: "green",
  [RecommendationStatus.NotAccepted]: "grey",
};

/** The filters and page the URL holds: ?status=OPEN&source=OMBUDSMAN&overdue=1&page=2. */
function filtersOf(params: URLSearchParams) {
  return {
    status: params.get("status") ?? "",
    source: params.get("source") ?? "",
    overdue: params.get("overdue") === "1",
    page: Math.max(1, Number(params.get("page") ?? "1") || 1),
  };
}

function queryString(f: { status: string; source: string; overdue: boolean; page?: number }): string {
  const params = new URLSearchParams();
  if (f.status) params.set("status", f.status);
  if (f.source) params.set("source", f.source);
  if (f.overdue) params.set("overdue", "1");
  if (f.page && f.page > 1) params.set("page", String(f.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

function StatusCell({ item }: { item: FollowUpItem }) {
  return (
    <>
      <Tag colour={STATUS_COLOUR[item.status] ?? "grey"}>{item.statusLabel}</Tag>
      {item.overdue ? (
        <>
          {" "}
          <Tag colour="red">Overdue</Tag>
        </>
      ) : null}
    </>
  );
}

/**
 * The follow-up tracker: the council's recommendations (Stage 2, review panel, Ombudsman) and learning actions,
 * soonest due first, filtered by status, source and overdue, a page at a time; overdue ones are tagged.
 */
export function FollowUpPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const [form, setForm] = useState({ status: filters.status, source: filters.source, overdue: filters.overdue });
  const [{ data, fetching, error }] = useQuery({
    query: FOLLOW_UP,
    variables: {
      status: enumMember(RecommendationStatus, filters.status),
      source: enumMember(FollowUpSource, filters.source),
      overdue: filters.overdue || null,
      first: PAGE_SIZE,
      offset: (filters.page - 1) * PAGE_SIZE,
    },
    requestPolicy: "cache-and-network",
  });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setParams(new URLSearchParams(queryString(form).slice(1)));
  };
  const total = data?.followUp.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const choices = data?.followUpChoices;
  return (
    <>
      <h1 className="govuk-heading-l">Recommendations and learning</h1>
      <p className="govuk-body">
        Recommendations from Stage 2 investigations, review panels and the Ombudsman, and the learning actions taken from complaints, soonest due
        first.
      </p>
      <form onSubmit={apply} noValidate>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select
              id="status"
              label="Status"
              value={form.status}
              onChange={(status) => setForm({ ...form, status })}
              options={[{ value: "", label: "Any status" }, ...(choices?.statuses ?? [])]}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="source"
              label="From"
              value={form.source}
              onChange={(source) => setForm({ ...form, source })}
              options={[{ value: "", label: "Anywhere" }, ...(choices?.sources ?? [])]}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <div className="govuk-form-group">
              <fieldset className="govuk-fieldset">
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Due</legend>
                <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                  <div className="govuk-checkboxes__item">
                    <input
                      className="govuk-checkboxes__input"
                      id="overdue"
                      name="overdue"
                      type="checkbox"
                      checked={form.overdue}
                      onChange={(e) => setForm({ ...form, overdue: e.target.checked })}
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor="overdue">
                      Only overdue
                    </label>
                  </div>
                </div>
              </fieldset>
            </div>
          </div>
        </div>
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
      </form>
      {error ? <p className="govuk-body">The list could not be loaded: {error.graphQLErrors[0]?.message ?? "try again"}.</p> : null}
      {fetching && !data ? <p className="govuk-body">Loading…</p> : null}
      {data ? (
        total === 0 ? (
          <p className="govuk-body">No recommendations or learning actions match these filters.</p>
        ) : (
          <>
            <Table
              caption={`${total} ${total === 1 ? "item" : "items"}${pages > 1 ? `, page ${filters.page} of ${pages}` : ""}`}
              head={["What", "From", "Case", "Owner", "Due", "Status"]}
              rows={data.followUp.items.map((item) => [
                item.summary,
                item.sourceLabel,
                item.caseId && item.caseReference ? (
                  <Link className="govuk-link" to={`/cases/${item.caseId}#learning`}>
                    {item.caseReference}
                  </Link>
                ) : (
                  ""
                ),
                item.ownerName ?? "Not assigned",
                item.dueOn ? formatDate(item.dueOn) : "No date",
                <StatusCell item={item} />,
              ])}
            />
            <Pagination
              current={filters.page}
              count={pages}
              label="Pages of recommendations and learning"
              hrefFor={(page) => `/learning${queryString({ ...filters, page })}`}
            />
          </>
        )
      ) : null}
    </>
  );
}
