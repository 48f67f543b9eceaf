import { useState } from "react";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { Button, NotificationBanner, Select } from "../../components/govuk";
import { formatDate } from "../../format";
import { REPORT } from "../../graphql/report-operations";
import { latestTexts, REPORT_NARRATIVE } from "../../graphql/report-narrative-operations";
import { DOWNLOAD_FORMATS, type DownloadFormat, downloadReport } from "./download";
import { ReportStatusPanel } from "./ReportStatusPanel";
import { ReportTableView } from "./ReportTableView";
import { SectionTextEditor } from "./SectionTextEditor";

/** The financial year (1 April – 31 March) a date falls in, by its starting year. */
export function financialYearOf(iso: string): number {
  const year = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 4 ? year : year - 1;
}

export function ReportsPage() {
  const [params, setParams] = useSearchParams();
  const current = financialYearOf(new Date().toISOString().slice(0, 10));
  // The annual report is of a year that is over: the last one, unless another is chosen.
  const year = Number(params.get("year") ?? current - 1);
  const [{ data, fetching, error }] = useQuery({ query: REPORT, variables: { financialYear: year } });
  const [{ data: words }, refetchWords] = useQuery({
    query: REPORT_NARRATIVE,
    variables: { financialYear: year },
    requestPolicy: "cache-and-network",
  });
  const texts = latestTexts(words?.reportNarrative ?? []);
  const changed = (text: string) => {
    setMessage({ ok: true, text });
    refetchWords({ requestPolicy: "network-only" });
  };
  const [downloading, setDownloading] = useState<DownloadFormat | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const years = Array.from({ length: 12 }, (_, i) => current - i);
  const download = async (format: DownloadFormat) => {
    setDownloading(format);
    setMessage(null);
    try {
      const name = await downloadReport(year, format);
      setMessage({ ok: true, text: `Downloaded ${name}` });
    } catch (e) {
      setMessage({ ok: false, text: e instanceof Error ? e.message : "The download failed" });
    } finally {
      setDownloading(null);
    }
  };

  return (
    <>
      <h1 className="govuk-heading-l">Annual report</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            id="year"
            label="Financial year"
            value={String(year)}
            onChange={(v) => setParams(new URLSearchParams({ year: v }))}
            options={years.map((y) => ({ value: String(y), label: `${y}/${String((y + 1) % 100).padStart(2, "0")}` }))}
          />
        </div>
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-s">Download</h2>
          <div className="govuk-button-group">
            {DOWNLOAD_FORMATS.map((f) => (
              <Button key={f.format} variant="secondary" disabled={downloading !== null} onClick={() => void download(f.format)}>
                {downloading === f.format ? `Preparing ${f.label}…` : f.label}
              </Button>
            ))}
          </div>
        </div>
      </div>
      <div aria-live="polite">
        {message ? (
          <NotificationBanner title={message.ok ? "Success" : "Important"} success={message.ok}>
            <p className="govuk-notification-banner__heading">{message.text}</p>
          </NotificationBanner>
        ) : null}
      </div>
      {error ? <p className="govuk-body">The report could not be made: {error.graphQLErrors[0]?.message ?? "try again"}.</p> : null}
      {fetching && !data ? <p className="govuk-body">Computing the report from the case records…</p> : null}
      {data?.report ? (
        <>
          <p className="govuk-body">
            {data.report.title ?? "Report"}: {formatDate(data.report.period.start)} to {formatDate(data.report.period.end)}. Every figure is computed
            from the case records.
          </p>
          {words ? <ReportStatusPanel state={words.reportStatus} onChanged={changed} /> : null}
          {data.report.sections.map((section) => (
            <section key={section.id} aria-labelledby={`section-${section.id}`}>
              <h2 className="govuk-heading-m" id={`section-${section.id}`}>
                {section.title}
              </h2>
              <SectionTextEditor
                key={`${year}-${section.id}-${texts.get(section.id)?.version ?? 0}`}
                financialYear={year}
                sectionId={section.id}
                sectionTitle={section.title}
                prompts={section.narrative.map((n) => n.prompt)}
                current={texts.get(section.id)}
                onSaved={changed}
              />
              {section.tables.map((t) => (
                <ReportTableView key={t.id} table={t} />
              ))}
            </section>
          ))}
        </>
      ) : null}
    </>
  );
}
