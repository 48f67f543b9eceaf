-- Up Migration
-- The council's own administrator sets its identity provider (setIdentityProvider): the OIDC issuer, this
-- platform's client id there (the audience) and the provider's signing keys' address, as csc_app on the council's
-- own row only (row-level security), as it does the council's procedure settings.
GRANT UPDATE (oidc_issuer, oidc_audience, oidc_jwks_uri) ON council TO csc_app;

-- Down Migration
REVOKE UPDATE (oidc_issuer, oidc_audience, oidc_jwks_uri) ON council FROM csc_app;
