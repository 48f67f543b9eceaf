import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { CursorPagination, useCursorPage } from "../../components/govuk";
import { usePageOutcome } from "../../components/govuk/usePageOutcome";
import { NOTIFICATION_SETTINGS, SET_NOTIFICATION_SETTINGS } from "../../graphql/notification-operations";
import type { NotificationSetting } from "../../graphql/notification-operations";
import { NotificationPolicyForm, RetentionPolicyForm } from "./PolicyForms";
import { roleLabel } from "./RoleCheckboxes";
import { SettingsPageTop } from "./SettingsPageTop";
import { settingsErrors } from "./server-errors";

type Flag = "dueSoon" | "overdue" | "digest";
const FLAGS: ReadonlyArray<{ flag: Flag; title: string }> = [
  { flag: "dueSoon", title: "Due soon" },
  { flag: "overdue", title: "Overdue" },
  { flag: "digest", title: "Daily digest" },
];

/** Users a page, by name (as the users page). */
const USERS_PER_PAGE = 50;

/** Each user's reminder e-mails, the council's warning period and its retention policy (council administrators). */
export function NotificationsPage() {
  const page = useCursorPage(USERS_PER_PAGE);
  const [{ data, error }, reload] = useQuery({ query: NOTIFICATION_SETTINGS, variables: page });
  const [{ fetching }, setSettings] = useMutation(SET_NOTIFICATION_SETTINGS);
  // One outcome at a time: a success banner (focused), or the page's error summary (focused).
  const { errors, attempt, notice, noticeKey, report, announce } = usePageOutcome();
  const saved = (text: string) => {
    announce(text);
    reload({ requestPolicy: "network-only" });
  };
  const toggle = async (user: NotificationSetting, flag: Flag) => {
    const result = await setSettings({
      input: { userId: user.userId, dueSoon: user.dueSoon, overdue: user.overdue, digest: user.digest, [flag]: !user[flag] },
    });
    report(result.error ? settingsErrors(result.error, () => `toggle-${flag}-${user.userId}`) : []);
    reload({ requestPolicy: "network-only" });
  };
  return (
    <>
      <SettingsPageTop title="Notifications and retention" errors={errors} errorsKey={attempt} notice={notice} noticeKey={noticeKey} />
      {error ? <p className="govuk-body">The notification settings could not be loaded.</p> : null}
      {data ? (
        <>
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Warning before a case is due</dt>
              <dd className="govuk-summary-list__value">
                {data.notificationPolicy.warningWorkingDays} working days ({data.notificationPolicy.source})
              </dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Managers&apos; daily digest</dt>
              <dd className="govuk-summary-list__value">{data.notificationPolicy.digestEnabled ? "Sent" : "Not sent"}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Personal data kept after closure</dt>
              <dd className="govuk-summary-list__value">
                {data.retentionPolicy.yearsAfterClosure} years
                {data.retentionPolicy.lookedAfterUntilAge
                  ? `; a looked-after child's records until they are ${data.retentionPolicy.lookedAfterUntilAge}`
                  : ""}{" "}
                ({data.retentionPolicy.source}). <Link to="/settings/retention">See the cases due for erasure and their legal holds</Link>
              </dd>
            </div>
          </dl>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <NotificationPolicyForm
                key={`n-${data.notificationPolicy.warningWorkingDays}-${String(data.notificationPolicy.digestEnabled)}`}
                policy={data.notificationPolicy}
                errors={errors}
                onErrors={report}
                onSaved={saved}
              />
              <RetentionPolicyForm
                key={`r-${data.retentionPolicy.yearsAfterClosure}-${String(data.retentionPolicy.lookedAfterUntilAge)}`}
                policy={data.retentionPolicy}
                errors={errors}
                onErrors={report}
                onSaved={saved}
              />
            </div>
          </div>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Reminder e-mails each user gets</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Name
                </th>
                <th scope="col" className="govuk-table__header">
                  Roles
                </th>
                {FLAGS.map((f) => (
                  <th scope="col" className="govuk-table__header" key={f.flag}>
                    {f.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {data.notificationSettings.nodes.map((u) => (
                <tr className="govuk-table__row" key={u.userId}>
                  <th scope="row" className="govuk-table__header">
                    {u.displayName}
                  </th>
                  <td className="govuk-table__cell">{u.roles.map(roleLabel).join(", ")}</td>
                  {FLAGS.map((f) => (
                    <td className="govuk-table__cell" key={f.flag}>
                      {u[f.flag] ? "On" : "Off"}{" "}
                      <button
                        type="button"
                        id={`toggle-${f.flag}-${u.userId}`}
                        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                        disabled={fetching}
                        onClick={() => void toggle(u, f.flag)}
                      >
                        Turn {u[f.flag] ? "off" : "on"}
                        <span className="govuk-visually-hidden">
                          {" "}
                          {f.title.toLowerCase()} for {u.displayName}
                        </span>
                      </button>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <CursorPagination label="Pages of the users' reminder e-mails" pageInfo={data.notificationSettings.pageInfo} />
        </>
      ) : null}
    </>
  );
}
