import { useCallback } from "react";
import { Link, useNavigate } from "react-router";
import { useMutation } from "urql";
import { Button, ErrorSummary, TextInput } from "../../components/govuk";
import { useForm } from "../../forms/useForm";
import { CREATE_COUNCIL } from "../../graphql/onboarding-operations";
import { settingsErrors } from "../settings/server-errors";

type Fields = { onsCode: string; name: string; id: string };
const FIELDS = ["onsCode", "name", "id"];
const ONS_CODE = /^E(06|08|09|10)\d{6}$/;

function validate(v: Fields): Partial<Record<keyof Fields, string>> {
  const code = v.onsCode.trim().toUpperCase();
  return {
    onsCode: !code
      ? "Enter the council's ONS code"
      : ONS_CODE.test(code)
        ? undefined
        : "The ONS code must be E06, E08, E09 or E10 and six digits, like E10000013",
    name: v.name.trim() ? undefined : "Enter the council's name",
    id: !v.id.trim()
      ? "Enter a short name for the council"
      : /^[a-z][a-z0-9-]{1,62}$/.test(v.id.trim())
        ? undefined
        : "The short name must be lower-case letters, digits and hyphens, starting with a letter",
  };
}

/** The platform administrator adds a council: ONS code, name and short name; then invites its administrator. */
export function AddCouncilPage() {
  const navigate = useNavigate();
  const form = useForm<Fields>({ onsCode: "", name: "", id: "" }, useCallback(validate, []), "add-council");
  const [, create] = useMutation(CREATE_COUNCIL);
  const submit = form.onSubmit(async (v) => {
    const result = await create({ input: { onsCode: v.onsCode.trim().toUpperCase(), name: v.name.trim(), id: v.id.trim() } });
    if (result.error) {
      const errors = settingsErrors(result.error, (path) => (typeof path[0] === "string" && FIELDS.includes(path[0]) ? path[0] : null));
      form.setServerErrors(errors.map((e) => (e.field === "form" ? { ...e, field: "onsCode" } : e)));
      return;
    }
    void navigate(`/councils/${v.id.trim()}/administrator`, { state: { created: v.name.trim() } });
  });
  // Checked when the form is sent (GOV.UK), so nothing moves under the pointer as a field loses focus.
  const field = (name: keyof Fields) => ({
    id: name,
    value: form.values[name],
    error: form.errorFor(name),
    onChange: (value: string) => form.set(name, value),
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to="/councils" className="govuk-back-link">
          Back to councils
        </Link>
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={form.summary} />
          <h1 className="govuk-heading-l">Add a council</h1>
          <p className="govuk-body">
            The council starts with the statutory timescales (SI 2006/1738 regs 14, 17 and 19) and the canonical vocabularies. Its administrator
            changes them in the council's settings.
          </p>
          <TextInput
            label="ONS code"
            hint="For example E10000013 (county), E06000001 (unitary), E08… (metropolitan) or E09… (London)"
            width="10"
            {...field("onsCode")}
          />
          <TextInput label="Name" hint="As the council publishes it, for example Gloucestershire County Council" {...field("name")} />
          <TextInput
            label="Short name"
            hint="Lower-case letters, digits and hyphens; people choose it when they sign in, for example gloucestershire"
            width="20"
            {...field("id")}
          />
          <Button type="submit" disabled={form.submitting}>
            Add council
          </Button>
        </form>
      </div>
    </div>
  );
}
