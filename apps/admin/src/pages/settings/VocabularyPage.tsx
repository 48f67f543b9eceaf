import { Link, useLocation, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { NotificationBanner, Tag } from "../../components/govuk";
import { formatDate, humanise } from "../../format";
import { VOCABULARY_VERSIONS } from "../../graphql/settings-operations";
import type { VocabularyVersion } from "../../graphql/settings-operations";
import { SettingsBackLink } from "./SettingsBackLink";
import type { VocabularyPageConfig } from "./vocabulary-kinds";
import { versionStatus } from "./vocabulary-kinds";

function EntriesTable({ version, config }: { version: VocabularyVersion; config: VocabularyPageConfig }) {
  const caption = `Version ${version.version}: ${config.title.toLowerCase()} and their canonical mapping`;
  if (!config.tree) {
    return (
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Label
            </th>
            <th scope="col" className="govuk-table__header">
              Code
            </th>
            <th scope="col" className="govuk-table__header">
              Counts as
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {version.entries.map((e) => (
            <tr className="govuk-table__row" key={e.code}>
              <th scope="row" className="govuk-table__header">
                {e.label}
              </th>
              <td className="govuk-table__cell">{e.code}</td>
              <td className="govuk-table__cell">{humanise(e.canonical)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Category or reason
          </th>
          <th scope="col" className="govuk-table__header">
            Code
          </th>
          <th scope="col" className="govuk-table__header">
            Canonical theme
          </th>
        </tr>
      </thead>
      {version.categories.map(({ category, reasons }) => (
        <tbody className="govuk-table__body" key={category.code}>
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {category.label}
            </th>
            <td className="govuk-table__cell">{category.code}</td>
            <td className="govuk-table__cell">{humanise(category.canonical)}</td>
          </tr>
          {reasons.map((r) => (
            <tr className="govuk-table__row" key={r.code}>
              <th scope="row" className="govuk-table__header govuk-!-font-weight-regular govuk-!-padding-left-4">
                <span className="govuk-visually-hidden">{category.label}: </span>
                <span aria-hidden="true">— </span>
                {r.label}
              </th>
              <td className="govuk-table__cell">{r.code}</td>
              <td className="govuk-table__cell">{humanise(r.canonical)}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

/** One vocabulary: its versions (effective-dated) and the entries of the chosen version with their mapping. */
export function VocabularyPage({ config }: { config: VocabularyPageConfig }) {
  const [params] = useSearchParams();
  const published = (useLocation().state as { published?: number } | null)?.published;
  const [{ data, error }] = useQuery({ query: VOCABULARY_VERSIONS, variables: { kind: config.kind } });
  const versions = data?.vocabularyVersions ?? [];
  const wanted = Number(params.get("version"));
  const shown = versions.find((v) => v.version === wanted) ?? versions.find((v) => v.inForce) ?? versions[0];
  return (
    <>
      <SettingsBackLink />
      {published ? (
        <NotificationBanner title="Success" success>
          <p className="govuk-notification-banner__heading">
            Version {published} was published. Cases received before it takes effect keep their earlier labels.
          </p>
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-l">{config.title}</h1>
      {error ? <p className="govuk-body">The versions could not be loaded.</p> : null}
      {!data && !error ? <p className="govuk-body">Loading…</p> : null}
      {data ? (
        <>
          <p className="govuk-body">
            Each version is in force from its date. Cases keep the {config.singular}s in force when they were received, so a new version never changes
            how past cases were counted.
          </p>
          <Link className="govuk-button" to={`/settings/${config.slug}/new-version`}>
            Create a new version
          </Link>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Versions</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Version
                </th>
                <th scope="col" className="govuk-table__header">
                  In force from
                </th>
                <th scope="col" className="govuk-table__header">
                  Until
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {versions.map((v) => {
                const status = versionStatus(v);
                return (
                  <tr className="govuk-table__row" key={v.id}>
                    <th scope="row" className="govuk-table__header">
                      Version {v.version}
                    </th>
                    <td className="govuk-table__cell">{formatDate(v.effectiveFrom)}</td>
                    <td className="govuk-table__cell">{v.effectiveTo ? formatDate(v.effectiveTo) : "No end date"}</td>
                    <td className="govuk-table__cell">
                      <Tag colour={status.colour}>{status.text}</Tag>
                    </td>
                    <td className="govuk-table__cell">
                      {v === shown ? (
                        "Shown below"
                      ) : (
                        <Link className="govuk-link" to={`?version=${v.version}`}>
                          View<span className="govuk-visually-hidden"> version {v.version}</span>
                        </Link>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {shown ? <EntriesTable version={shown} config={config} /> : <p className="govuk-body">No version has been published yet.</p>}
        </>
      ) : null}
    </>
  );
}
