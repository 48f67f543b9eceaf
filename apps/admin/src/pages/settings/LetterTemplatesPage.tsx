import { Link, useLocation } from "react-router";
import { useQuery } from "urql";
import { Table } from "../../components/govuk";
import { LETTER_TEMPLATES } from "../../graphql/letter-operations";
import { SettingsPageTop } from "./SettingsPageTop";

/** The council's letters: which wording each uses (the platform's default or a saved version) and a link to edit it. */
export function LetterTemplatesPage() {
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  const [{ data, error }] = useQuery({ query: LETTER_TEMPLATES, requestPolicy: "cache-and-network" });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SettingsPageTop title="Letters" notice={saved ? `${saved} saved` : null} />
        <p className="govuk-body">
          Officers write these letters from a case. You can change each letter&apos;s wording; the wording the regulations require (for example the
          offer of an advocate to a child, Children Act 1989 s.26A) is supplied by the platform and always stays in the letter.
        </p>
        {error ? <p className="govuk-body">The letters could not be loaded.</p> : null}
        {data ? (
          <Table
            caption="Letters and their wording"
            head={["Letter", "Wording", "Change"]}
            rows={data.letterTemplates.map((t) => [
              t.title,
              t.version === 0 ? "Platform default" : `Version ${t.version}`,
              <Link key={t.kind} className="govuk-link" to={`/settings/letters/${t.kind}`}>
                Edit<span className="govuk-visually-hidden"> {t.title}</span>
              </Link>,
            ])}
          />
        ) : null}
      </div>
    </div>
  );
}
