import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { Button, NotificationBanner, Select, SummaryList, Tag, type TagColour } from "../../components/govuk";
import { CODE_SELF_ASSESSMENT } from "../../graphql/follow-up-operations";
import { CodeCompliance } from "../../graphql/generated/graphql";
import { DOWNLOAD_FORMATS, type DownloadFormat, downloadReport } from "../reports/download";
import { financialYearOf } from "../reports/ReportsPage";

const COMPLIANCE_COLOUR: Record<string, TagColour> = { [CodeCompliance.Yes]: "green", [CodeCompliance.Partly]: "yellow", [CodeCompliance.No]: "red" };

export const yearLabel = (y: number) => `${y}/${String((y + 1) % 100).padStart(2, "0")}`;

/**
 * The council's self-assessment against the LGSCO Complaint Handling Code for a year: each of the Code's sections
 * with its answer and a link to assess it, and the annual complaint performance and service improvement report to
 * download in every format.
 */
export function CodeSummaryPage() {
  const [params, setParams] = useSearchParams();
  const current = financialYearOf(new Date().toISOString().slice(0, 10));
  const year = Number(params.get("year") ?? current);
  const saved = params.get("saved");
  const [{ data, fetching, error }] = useQuery({
    query: CODE_SELF_ASSESSMENT,
    variables: { financialYear: year },
    requestPolicy: "cache-and-network",
  });
  const [downloading, setDownloading] = useState<DownloadFormat | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const labels = new Map((data?.followUpChoices.compliance ?? []).map((c) => [c.value, c.label]));
  const savedSection = data?.codeSelfAssessment.find((s) => s.section === saved);
  const download = async (format: DownloadFormat) => {
    setDownloading(format);
    setMessage(null);
    try {
      setMessage({ ok: true, text: `Downloaded ${await downloadReport(year, format, "code")}` });
    } catch (e) {
      setMessage({ ok: false, text: e instanceof Error ? e.message : "The download failed" });
    } finally {
      setDownloading(null);
    }
  };
  return (
    <>
      <h1 className="govuk-heading-l">Complaint Handling Code self-assessment</h1>
      <p className="govuk-body">
        Assess the council against each section of the Local Government and Social Care Ombudsman's Complaint Handling Code every year. The assessment
        is published in the annual complaint performance and service improvement report.
      </p>
      <div aria-live="polite">
        {savedSection && !message ? (
          <NotificationBanner title="Success" success>
            <p className="govuk-notification-banner__heading">
              Section {savedSection.number}, {savedSection.heading}, saved
            </p>
          </NotificationBanner>
        ) : null}
        {message ? (
          <NotificationBanner title={message.ok ? "Success" : "Important"} success={message.ok}>
            <p className="govuk-notification-banner__heading">{message.text}</p>
          </NotificationBanner>
        ) : null}
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            id="year"
            label="Financial year"
            value={String(year)}
            onChange={(v) => setParams(new URLSearchParams({ year: v }))}
            options={Array.from({ length: 12 }, (_, i) => current - i).map((y) => ({ value: String(y), label: yearLabel(y) }))}
          />
        </div>
      </div>
      {error ? <p className="govuk-body">The self-assessment could not be loaded: {error.graphQLErrors[0]?.message ?? "try again"}.</p> : null}
      {fetching && !data ? <p className="govuk-body">Loading…</p> : null}
      {data ? (
        <SummaryList
          rows={data.codeSelfAssessment.map((s) => ({
            key: `${s.number}. ${s.heading}`,
            value: s.compliance ? (
              <>
                <Tag colour={COMPLIANCE_COLOUR[s.compliance] ?? "grey"}>{labels.get(s.compliance) ?? s.compliance}</Tag>
                <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">{s.evidence}</p>
              </>
            ) : (
              <Tag colour="grey">Not assessed</Tag>
            ),
            action: (
              <Link className="govuk-link" to={`/code/${year}/${s.section}`}>
                {s.compliance ? "Change" : "Assess"}
                <span className="govuk-visually-hidden"> {s.heading}</span>
              </Link>
            ),
          }))}
        />
      ) : null}
      <h2 className="govuk-heading-m">Annual complaint performance and service improvement report {yearLabel(year)}</h2>
      <p className="govuk-body">
        Every figure is computed from the case records, with the recommendations, learning actions and this self-assessment.
      </p>
      <div className="govuk-button-group">
        {DOWNLOAD_FORMATS.map((f) => (
          <Button key={f.format} variant="secondary" disabled={downloading !== null} onClick={() => void download(f.format)}>
            {downloading === f.format ? `Preparing ${f.label}…` : f.label}
          </Button>
        ))}
      </div>
    </>
  );
}
