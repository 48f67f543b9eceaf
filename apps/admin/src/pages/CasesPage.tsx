import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { Button, Select, Table, Tag, TextInput } from "../components/govuk";
import { formatDate, humanise } from "../format";
import { CASES } from "../graphql/operations";
import type { CaseSummary } from "../graphql/types";
import { clockState } from "./case/ClocksTable";

const PAGE_SIZE = 25;
const FILTER_KEYS = ["stage", "status", "kind", "procedure", "overdue", "madeByChild", "receivedFrom", "receivedTo", "dueBefore"] as const;

/** Turns the URL's search parameters into the gateway's CaseFilter: the URL keeps the filters. */
export function filterFromParams(params: URLSearchParams): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (!value) continue;
    filter[key] = key === "overdue" || key === "madeByChild" ? value === "true" : value;
  }
  return filter;
}

interface CasesData {
  cases: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: CaseSummary }> };
}

export function CasesPage() {
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const sort = params.get("sort") ?? "DUE_SOONEST";
  const after = params.get("after");
  const [{ data, fetching, error }] = useQuery<CasesData>({ query: CASES, variables: { first: PAGE_SIZE, after, filter, sort } });

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete("after");
    setParams(next);
  };

  return (
    <>
      <h1 className="govuk-heading-l">Cases</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <h2 className="govuk-heading-s">Filter</h2>
          <Select id="filter-stage" label="Stage" value={params.get("stage") ?? ""} onChange={(v) => setParam("stage", v)} options={[{ value: "", label: "Any" }, { value: "stage1", label: "Stage 1" }, { value: "stage2", label: "Stage 2" }, { value: "stage3", label: "Stage 3" }]} />
          <Select
            id="filter-kind"
            label="Kind"
            value={params.get("kind") ?? ""}
            onChange={(v) => setParam("kind", v)}
            options={[{ value: "", label: "Any" }, ...["complaint", "informal_resolution", "comment", "compliment", "signpost", "member_enquiry", "lgsco_enquiry"].map((k) => ({ value: k, label: humanise(k) }))]}
          />
          <Select
            id="filter-procedure"
            label="Procedure"
            value={params.get("procedure") ?? ""}
            onChange={(v) => setParam("procedure", v)}
            options={[{ value: "", label: "Any" }, ...["childrens_statutory", "corporate", "adult_social_care", "public_health"].map((k) => ({ value: k, label: humanise(k) }))]}
          />
          <Select id="filter-overdue" label="Overdue" value={params.get("overdue") ?? ""} onChange={(v) => setParam("overdue", v)} options={[{ value: "", label: "Any" }, { value: "true", label: "Overdue only" }]} />
          <Select id="filter-madeByChild" label="Made by a child" value={params.get("madeByChild") ?? ""} onChange={(v) => setParam("madeByChild", v)} options={[{ value: "", label: "Any" }, { value: "true", label: "Yes" }, { value: "false", label: "No" }]} />
          <TextInput id="filter-receivedFrom" label="Received from" type="date" width="10" value={params.get("receivedFrom") ?? ""} onChange={(v) => setParam("receivedFrom", v)} />
          <TextInput id="filter-receivedTo" label="Received to" type="date" width="10" value={params.get("receivedTo") ?? ""} onChange={(v) => setParam("receivedTo", v)} />
          <Select
            id="sort"
            label="Sort by"
            value={sort}
            onChange={(v) => setParam("sort", v)}
            options={[
              { value: "DUE_SOONEST", label: "Due soonest" },
              { value: "RECEIVED_NEWEST", label: "Newest first" },
              { value: "RECEIVED_OLDEST", label: "Oldest first" },
              { value: "REFERENCE", label: "Reference" },
            ]}
          />
          <Button variant="secondary" onClick={() => setParams(new URLSearchParams())}>
            Clear filters
          </Button>
        </div>
        <div className="govuk-grid-column-three-quarters">
          {error ? <p className="govuk-body">Cases could not be loaded: {error.graphQLErrors[0]?.message ?? "try again"}.</p> : null}
          {data ? (
            <>
              <p className="govuk-body" aria-live="polite">
                {data.cases.totalCount} case{data.cases.totalCount === 1 ? "" : "s"}
              </p>
              <Table
                caption="Cases matching the filters"
                head={["Reference", "Kind", "Received", "Stage", "Status", "Next due"]}
                rows={data.cases.edges.map(({ node }) => {
                  const running = node.clocks.filter((c) => !c.stoppedOn).sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
                  const state = running ? clockState(running) : null;
                  return [
                    <Link key="r" className="govuk-link" to={`/cases/${node.id}`}>
                      {node.reference}
                    </Link>,
                    humanise(node.kind),
                    <span key="d" className="app-nowrap">{formatDate(node.receivedOn)}</span>,
                    humanise(node.currentStage) || "–",
                    humanise(node.status),
                    running && state ? (
                      <span key="n">
                        <span className="app-nowrap">{formatDate(running.dueOn)}</span> <Tag colour={state.colour}>{state.text}</Tag>
                      </span>
                    ) : (
                      "–"
                    ),
                  ];
                })}
              />
              <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages of cases">
                {after ? (
                  <div className="govuk-pagination__prev">
                    <Link className="govuk-link govuk-pagination__link" to={`?${(() => { const p = new URLSearchParams(params); p.delete("after"); return p.toString(); })()}`}>
                      <span className="govuk-pagination__link-title">First page</span>
                    </Link>
                  </div>
                ) : null}
                {data.cases.pageInfo.hasNextPage && data.cases.pageInfo.endCursor ? (
                  <div className="govuk-pagination__next">
                    <Link className="govuk-link govuk-pagination__link" to={`?${(() => { const p = new URLSearchParams(params); p.set("after", data.cases.pageInfo.endCursor ?? ""); return p.toString(); })()}`} rel="next">
                      <span className="govuk-pagination__link-title">Next page</span>
                    </Link>
                  </div>
                ) : null}
              </nav>
            </>
          ) : (
            <p className="govuk-body">{fetching ? "Loading…" : ""}</p>
          )}
        </div>
      </div>
    </>
  );
}
