import { useState } from "react";
import type { FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { Button, CursorPagination, ErrorSummary, NotificationBanner, Tag, TextInput, useCursorPage } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { DateInput, NO_DATE, isoFromParts, type DateParts } from "../../components/govuk/DateInput";
import { formatDate } from "../../format";
import { ANALYST_API_KEYS, CREATE_ANALYST_API_KEY, REVOKE_ANALYST_API_KEY } from "../../graphql/api-key-operations";
import { SettingsBackLink } from "./SettingsBackLink";
import { settingsErrors } from "./server-errors";

const STATUS_TAG = {
  ACTIVE: { text: "Active", colour: "green" },
  REVOKED: { text: "Revoked", colour: "red" },
  EXPIRED: { text: "Expired", colour: "grey" },
} as const;

/** The last day a key works: the day before it expires (the gateway stores the start of the next day, UTC). */
const lastDay = (expiresAt: string) => new Date(new Date(expiresAt).getTime() - 1).toISOString().slice(0, 10);

function CreateKeyForm({ onCreated }: { onCreated: (key: string, name: string) => void }) {
  const [name, setName] = useState("");
  const [expires, setExpires] = useState<DateParts>(NO_DATE);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [{ fetching }, create] = useMutation(CREATE_ANALYST_API_KEY);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!name.trim()) found.push({ field: "key-name", message: "Enter what the key is for" });
    const expiresOn = isoFromParts(expires);
    if (!expiresOn) found.push({ field: "key-expires", message: "Enter the key's last day as a real date, for example 31 3 2027" });
    setErrors(found);
    if (found.length > 0 || !expiresOn) return;
    const result = await create({ input: { name: name.trim(), expiresOn } });
    if (result.error || !result.data) {
      setErrors(
        result.error
          ? settingsErrors(result.error, (path) => (path[0] === "name" ? "key-name" : path[0] === "expiresOn" ? "key-expires" : null))
          : [],
      );
      return;
    }
    setName("");
    setExpires(NO_DATE);
    onCreated(result.data.createAnalystApiKey.key, result.data.createAnalystApiKey.apiKey.name);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m">Create a key</h2>
      <TextInput
        id="key-name"
        label="What is the key for?"
        hint="For example, Power BI refresh for the performance team"
        value={name}
        error={errors.find((e) => e.field === "key-name")?.message}
        onChange={setName}
      />
      <DateInput
        id="key-expires"
        label="Last day the key works"
        hint="For example, 31 3 2027. Keys expire within a year."
        value={expires}
        error={errors.find((e) => e.field === "key-expires")?.message}
        onChange={setExpires}
      />
      <Button type="submit" disabled={fetching}>
        Create key
      </Button>
    </form>
  );
}

/** Keys a page, newest first. */
const KEYS_PER_PAGE = 50;

/** Council administrators: read-only API keys for analysts' tools (Excel, Power BI), aggregates only. */
export function ApiKeysPage() {
  const page = useCursorPage(KEYS_PER_PAGE);
  const [{ data, error }, reload] = useQuery({ query: ANALYST_API_KEYS, variables: page });
  const [, revoke] = useMutation(REVOKE_ANALYST_API_KEY);
  const [created, setCreated] = useState<{ key: string; name: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => reload({ requestPolicy: "network-only" });
  const keys = data?.analystApiKeys.nodes ?? [];
  return (
    <>
      <SettingsBackLink />
      {created ? (
        <NotificationBanner title="Success" success>
          <p className="govuk-notification-banner__heading">Key created for {created.name}</p>
          <p className="govuk-body">Copy the key now. It will not be shown again.</p>
          <p className="govuk-body">
            <code className="app-api-key" data-testid="new-api-key">
              {created.key}
            </code>
          </p>
        </NotificationBanner>
      ) : null}
      {notice ? (
        <NotificationBanner title="Success" success>
          <p className="govuk-notification-banner__heading">{notice}</p>
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-l">API keys for analysts</h1>
      <p className="govuk-body">
        A key lets a spreadsheet or BI tool, such as Excel or Power BI, refresh your council&apos;s statistics, comparisons, case counts and reports
        on a schedule. It reads figures only, never a case or anyone&apos;s details, and small numbers are withheld as for analysts. Every use is
        recorded.
      </p>
      <p className="govuk-body">
        Send it to <code>/graphql</code> in the header <code>Authorization: Bearer &lt;key&gt;</code> or <code>x-api-key: &lt;key&gt;</code>.
      </p>
      {error ? <p className="govuk-body">The keys could not be loaded.</p> : null}
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Keys</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              For
            </th>
            <th scope="col" className="govuk-table__header">
              Starts with
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            <th scope="col" className="govuk-table__header">
              Last used
            </th>
            <th scope="col" className="govuk-table__header">
              Last day
            </th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {keys.length === 0 ? (
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" colSpan={6}>
                No keys yet
              </td>
            </tr>
          ) : null}
          {keys.map((k) => (
            <tr className="govuk-table__row" key={k.id}>
              <td className="govuk-table__cell">{k.name}</td>
              <td className="govuk-table__cell">
                <code>{k.prefix}…</code>
              </td>
              <td className="govuk-table__cell">
                <Tag colour={STATUS_TAG[k.status].colour}>{STATUS_TAG[k.status].text}</Tag>
              </td>
              <td className="govuk-table__cell">{k.lastUsedAt ? formatDate(k.lastUsedAt) : "Never"}</td>
              <td className="govuk-table__cell">{formatDate(lastDay(k.expiresAt))}</td>
              <td className="govuk-table__cell">
                {k.status === "ACTIVE" ? (
                  <button
                    type="button"
                    className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                    data-module="govuk-button"
                    onClick={() =>
                      void revoke({ id: k.id }).then((result) => {
                        if (!result.error) {
                          setCreated(null);
                          setNotice(`Key for ${k.name} revoked`);
                          refresh();
                        }
                      })
                    }
                  >
                    Revoke<span className="govuk-visually-hidden"> key for {k.name}</span>
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data ? <CursorPagination label="Pages of the keys" pageInfo={data.analystApiKeys.pageInfo} /> : null}
      <CreateKeyForm
        onCreated={(key, name) => {
          setNotice(null);
          setCreated({ key, name });
          refresh();
        }}
      />
    </>
  );
}
