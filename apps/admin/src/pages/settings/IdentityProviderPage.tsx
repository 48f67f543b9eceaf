import { type FormEvent, useState } from "react";
import { useMutation, useQuery } from "urql";
import { Button, ErrorSummary, NotificationBanner, TextInput } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { IDENTITY_PROVIDER, type IdentityProvider, SET_IDENTITY_PROVIDER } from "../../graphql/identity-provider-operations";
import { SettingsBackLink } from "./SettingsBackLink";
import { settingsErrors } from "./server-errors";

const FIELDS = ["issuer", "clientId", "jwksUri"] as const;

/** Settings → Identity provider: the council's OIDC issuer, this platform's client id there and its keys' address. */
export function IdentityProviderPage() {
  const [{ data, error }] = useQuery({ query: IDENTITY_PROVIDER });
  return (
    <>
      <SettingsBackLink />
      {data ? (
        <IdentityProviderForm stored={data.identityProvider} />
      ) : (
        <>
          <h1 className="govuk-heading-l">Identity provider</h1>
          <p className="govuk-body">{error ? "The identity provider could not be read. Try again later." : "Loading…"}</p>
        </>
      )}
    </>
  );
}

/** The form starts from what is stored once it has been read, so nothing typed is overwritten by a late answer. */
function IdentityProviderForm({ stored }: { stored: IdentityProvider }) {
  const [{ fetching }, set] = useMutation(SET_IDENTITY_PROVIDER);
  const [values, setValues] = useState({ issuer: stored.issuer ?? "", clientId: stored.clientId ?? "", jwksUri: stored.jwksUri ?? "" });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await set({ input: values });
    if (result.error) {
      setErrors(settingsErrors(result.error, (path) => (FIELDS.includes(path[0] as (typeof FIELDS)[number]) ? String(path[0]) : null)));
      return;
    }
    setErrors([]);
    setSaved(true);
  };

  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const change = (field: (typeof FIELDS)[number]) => (value: string) => setValues({ ...values, [field]: value });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        {saved ? (
          <NotificationBanner title="Success" success>
            <p className="govuk-notification-banner__heading">Identity provider saved. Your users can sign in there.</p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">Identity provider</h1>
        <p className="govuk-body">
          Let your users sign in with your council's own accounts (OpenID Connect). Each user's account here is matched by the provider and their
          identity there. These details are all public: no secret is stored.
        </p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <TextInput
            id="issuer"
            label="Issuer"
            hint="For example https://login.microsoftonline.com/<tenant>/v2.0"
            value={values.issuer}
            error={errorFor("issuer")}
            onChange={change("issuer")}
          />
          <TextInput
            id="clientId"
            label="Client id"
            hint="This platform's application (client) id at your provider"
            value={values.clientId}
            error={errorFor("clientId")}
            onChange={change("clientId")}
          />
          <TextInput
            id="jwksUri"
            label="Signing keys address (jwks_uri)"
            hint="From your provider's discovery document"
            value={values.jwksUri}
            error={errorFor("jwksUri")}
            onChange={change("jwksUri")}
          />
          <Button type="submit" disabled={fetching}>
            Save identity provider
          </Button>
        </form>
      </div>
    </div>
  );
}
