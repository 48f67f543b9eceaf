import { useState } from "react";
import type { FormEvent } from "react";
import { useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { Button, ErrorSummary, WarningText } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { COUNCIL_USER, DISABLE_COUNCIL_USER, SET_USER_ROLES } from "../../graphql/settings-operations";
import { notFound } from "../../graphql/errors";
import type { CouncilUser } from "../../graphql/settings-operations";
import { RoleCheckboxes } from "./RoleCheckboxes";
import { SettingsBackLink } from "./SettingsBackLink";
import { settingsErrors } from "./server-errors";
import { enumMembers } from "../../graphql/enum-member";
import { CouncilRole } from "../../graphql/generated/graphql";

function EditUser({ user }: { user: CouncilUser }) {
  const navigate = useNavigate();
  const [roles, setRoles] = useState<string[]>(user.roles);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [{ fetching: saving }, save] = useMutation(SET_USER_ROLES);
  const [{ fetching: disabling }, disable] = useMutation(DISABLE_COUNCIL_USER);
  const toRoles = (path: Array<string | number>) => (path[0] === "roles" ? "roles" : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (roles.length === 0) {
      setErrors([{ field: "roles", message: "Select at least one role, or disable the user" }]);
      return;
    }
    const result = await save({ input: { userId: user.id, roles: enumMembers(CouncilRole, roles) } });
    if (result.error) {
      setErrors(settingsErrors(result.error, toRoles).map((e) => ({ ...e, field: "roles" })));
      return;
    }
    void navigate("/settings/users", { state: { changed: `The roles of ${user.displayName} were changed.` } });
  };
  const disableUser = async () => {
    const result = await disable({ input: { userId: user.id } });
    if (result.error) {
      setErrors(settingsErrors(result.error, () => "roles").map((e) => ({ ...e, field: "roles" })));
      return;
    }
    void navigate("/settings/users", { state: { changed: `${user.displayName} can no longer sign in to this council.` } });
  };
  return (
    <>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">{user.displayName}</h1>
        <p className="govuk-body">{user.email}</p>
        <RoleCheckboxes value={roles} onChange={setRoles} error={errors.find((e) => e.field === "roles")?.message} />
        <Button type="submit" disabled={saving}>
          Save roles
        </Button>
      </form>
      <h2 className="govuk-heading-m">Disable this user</h2>
      <WarningText>They lose every role in this council at once and can no longer sign in to it.</WarningText>
      <Button variant="warning" onClick={() => void disableUser()} disabled={disabling}>
        Disable {user.displayName}
      </Button>
    </>
  );
}

export function EditUserPage() {
  const { id } = useParams();
  const [{ data, error }] = useQuery({ query: COUNCIL_USER, variables: { id: id ?? "" }, pause: !id });
  const user = data?.councilUser;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SettingsBackLink to="/settings/users" label="Back to users" />
        {error && !notFound(error) ? <p className="govuk-body">The user could not be loaded.</p> : null}
        {notFound(error) ? <h1 className="govuk-heading-l">User not found</h1> : null}
        {user ? <EditUser user={user} /> : null}
      </div>
    </div>
  );
}
