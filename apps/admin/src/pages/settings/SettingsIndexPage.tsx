import { Link } from "react-router";

/** The settings a council administrator can change, as a GOV.UK task list. */
const SETTINGS_TASKS = [
  { to: "/settings/taxonomy", title: "Reason taxonomy", hint: "Categories and reasons, their canonical mapping and versions" },
  { to: "/settings/outcomes", title: "Outcome labels", hint: "Your words for each outcome and what they count as" },
  { to: "/settings/channels", title: "Channels", hint: "How feedback reaches you" },
  { to: "/settings/complainant-types", title: "Complainant types", hint: "Who complains and their relationship to the child" },
  {
    to: "/settings/not-considered-reasons",
    title: "Reasons not considered",
    hint: "Why a complaint was not considered (reg 8 court proceedings, out of time …)",
  },
  { to: "/settings/lgsco-decisions", title: "LGSCO decision wording", hint: "Your words for the Ombudsman's decisions" },
  { to: "/settings/teams", title: "Teams and service areas", hint: "Teams with their history: renames keep the old name for past cases" },
  { to: "/settings/users", title: "Users and roles", hint: "Who can sign in and what they may do" },
  { to: "/settings/calendar", title: "Closure days and targets", hint: "Local closure days and local targets within the statutory timescales" },
  { to: "/settings/letters", title: "Letters", hint: "The wording of the procedure's letters; the wording the regulations require always stays" },
  {
    to: "/settings/notifications",
    title: "Notifications and retention",
    hint: "Who gets reminder e-mails, the warning period, and how long personal data is kept",
  },
  {
    to: "/settings/retention",
    title: "Personal data due for erasure",
    hint: "The closed cases the next nightly run would erase, and legal holds that keep a case's records",
  },
  {
    to: "/settings/context-figures",
    title: "Context figures",
    hint: "Children aged 0–17, contacts and referrals each year, with their source, for rates in comparisons",
  },
  {
    to: "/settings/api-keys",
    title: "API keys for analysts",
    hint: "Read-only keys so Excel or Power BI can refresh your statistics; revoke them at any time",
  },
  {
    to: "/settings/report-layout",
    title: "Report layout",
    hint: "Your annual report's tables and measures; preview it and check it against published figures",
  },
  { to: "/settings/identity-provider", title: "Identity provider", hint: "Sign-in with your council's own accounts (OpenID Connect)" },
  {
    to: "/settings/import-mapping",
    title: "Import mapping",
    hint: "How your old system's export is laid out: its columns, date format and values, tried on a sample",
  },
  { to: "/settings/import", title: "Import cases", hint: "Import the export of your old case system: check the file, then import" },
] as const;

export function SettingsIndexPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Council settings</h1>
        <p className="govuk-body">
          Changes to vocabularies take effect from a date you choose. Cases already received keep the labels in force when they were received, so past
          reports do not change.
        </p>
        <ul className="govuk-task-list">
          {SETTINGS_TASKS.map((task) => (
            <li className="govuk-task-list__item govuk-task-list__item--with-link" key={task.to}>
              <div className="govuk-task-list__name-and-hint">
                <Link className="govuk-link govuk-task-list__link" to={task.to} aria-describedby={`${task.to.slice(10)}-hint`}>
                  {task.title}
                </Link>
                <div id={`${task.to.slice(10)}-hint`} className="govuk-task-list__hint">
                  {task.hint}
                </div>
              </div>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
