import { useState } from "react";
import type { FormEvent } from "react";
import { Link, useLocation } from "react-router";
import { useMutation, useQuery } from "urql";
import { Button, CursorPagination, ErrorSummary, TextInput, useCursorPage } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { COUNCIL_USERS, CREATE_COUNCIL_USER } from "../../graphql/settings-operations";
import { RoleCheckboxes, roleLabel } from "./RoleCheckboxes";
import { SettingsPageTop } from "./SettingsPageTop";
import { settingsErrors } from "./server-errors";
import { enumMembers } from "../../graphql/enum-member";
import { CouncilRole } from "../../graphql/generated/graphql";

function AddUserForm({ onAdded }: { onAdded: (name: string) => void }) {
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [password, setPassword] = useState("");
  const [roles, setRoles] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [{ fetching }, create] = useMutation(CREATE_COUNCIL_USER);
  const errorFor = (id: string) => errors.find((e) => e.field === id)?.message;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!displayName.trim()) found.push({ field: "displayName", message: "Enter the person's name" });
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))
      found.push({ field: "email", message: "Enter an email address in the correct format, like name@example.com" });
    if (password && password.length < 12) found.push({ field: "initialPassword", message: "The first password must be at least 12 characters" });
    if (roles.length === 0) found.push({ field: "roles", message: "Select at least one role" });
    setErrors(found);
    if (found.length > 0) return;
    const result = await create({
      input: { email: email.trim(), displayName: displayName.trim(), roles: enumMembers(CouncilRole, roles), initialPassword: password || null },
    });
    if (result.error) {
      setErrors(
        settingsErrors(result.error, (path) =>
          typeof path[0] === "string" && ["email", "displayName", "roles", "initialPassword"].includes(path[0]) ? path[0] : null,
        ).map((e) => (e.field === "form" ? { ...e, field: "email" } : e)),
      );
      return;
    }
    onAdded(displayName.trim());
    setEmail("");
    setDisplayName("");
    setPassword("");
    setRoles([]);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m">Add a user</h2>
      <TextInput id="displayName" label="Name" value={displayName} error={errorFor("displayName")} onChange={setDisplayName} autoComplete="off" />
      <TextInput id="email" label="Email address" type="email" value={email} error={errorFor("email")} onChange={setEmail} autoComplete="off" />
      <TextInput
        id="initialPassword"
        label="First password (optional)"
        hint="For a local account, at least 12 characters. Leave empty if they sign in through the council's identity provider."
        type="password"
        value={password}
        error={errorFor("initialPassword")}
        onChange={setPassword}
        autoComplete="new-password"
      />
      <RoleCheckboxes value={roles} onChange={setRoles} error={errorFor("roles")} />
      <Button type="submit" disabled={fetching}>
        Add user
      </Button>
    </form>
  );
}

/** Users a page, by name. */
const USERS_PER_PAGE = 50;

export function UsersPage() {
  const location = useLocation();
  const [added, setAdded] = useState<string | null>(null);
  const changed = (location.state as { changed?: string } | null)?.changed;
  const page = useCursorPage(USERS_PER_PAGE);
  const [{ data, error }, reload] = useQuery({ query: COUNCIL_USERS, variables: page });
  const notice = added ? `${added} was added.` : changed;
  return (
    <>
      <SettingsPageTop title="Users and roles" notice={notice} />
      {error ? <p className="govuk-body">The users could not be loaded.</p> : null}
      {data ? (
        // A scroll region of its own, so the page never scrolls sideways at 320 px (WCAG 1.4.10 reflow).
        <div className="app-table-scroll" role="region" aria-label="Users of this council, scrolls sideways" tabIndex={0}>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Users of this council</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Name
                </th>
                <th scope="col" className="govuk-table__header">
                  Email
                </th>
                <th scope="col" className="govuk-table__header">
                  Roles
                </th>
                <th scope="col" className="govuk-table__header">
                  Signs in with
                </th>
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {data.councilUsers.nodes.map((u) => (
                <tr className="govuk-table__row" key={u.id}>
                  <th scope="row" className="govuk-table__header">
                    {u.displayName}
                  </th>
                  <td className="govuk-table__cell">{u.email}</td>
                  <td className="govuk-table__cell">{u.roles.map(roleLabel).join(", ")}</td>
                  <td className="govuk-table__cell">{u.localAccount ? "Password" : "Council identity provider"}</td>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/settings/users/${u.id}`}>
                      Change<span className="govuk-visually-hidden"> roles of {u.displayName}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <CursorPagination label="Pages of the users" pageInfo={data.councilUsers.pageInfo} />
        </div>
      ) : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <AddUserForm
            onAdded={(name) => {
              setAdded(name);
              reload({ requestPolicy: "network-only" });
            }}
          />
        </div>
      </div>
    </>
  );
}
