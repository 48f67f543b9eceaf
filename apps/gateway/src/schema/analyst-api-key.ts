import { builder } from "../builder";
import { pageSizeArgsSchema } from "../limits/page-size";
import { LIMITS } from "../limits/query-limits";
import { resolveCountedConnection } from "../limits/counted-cursor-connection";
import {
  apiKeyCursor,
  createAnalystApiKey,
  pageAnalystApiKeys,
  revokeAnalystApiKey,
  type AnalystApiKeyView,
  type ApiKeyStatus,
} from "../services/analyst-api-keys";
import { codedValues } from "./enum-values";

/**
 * Read-only API keys for analysts (auth/api-key.ts): council administrators manage their council's keys, the
 * platform administrator the cross-council ones. A key reads aggregates only and is sent as
 * `Authorization: Bearer csc_…` or `x-api-key`.
 */
const managers = { configureCouncil: true, platformAdmin: true } as const;

const ApiKeyStatusEnum = builder.enumType("ApiKeyStatus", {
  description: "Whether an API key works",
  values: codedValues({
    active: { description: "Works until it expires or is revoked" },
    revoked: { description: "Revoked: refused from then on" },
    expired: { description: "Past its last day: refused" },
  } satisfies Record<ApiKeyStatus, { description: string }>),
});

const AnalystApiKeyType = builder.objectRef<AnalystApiKeyView>("AnalystApiKey").implement({
  description: "A read-only API key for analysts' tools (aggregates only); the key itself is shown once, when created",
  authScopes: managers,
  fields: (t) => ({
    id: t.exposeID("id", { description: "The key's id (not the key)" }),
    name: t.exposeString("name", { description: 'What the key is for, e.g. "Power BI refresh"' }),
    prefix: t.exposeString("prefix", { description: "The key's first characters, to tell keys apart (the rest is never shown again)" }),
    councilId: t.exposeString("councilId", {
      nullable: true,
      description: "The council whose aggregates it reads; null for a cross-council key (compareCouncils only)",
    }),
    createdAt: t.field({ type: "DateTime", description: "When it was created", resolve: (k) => k.createdAt }),
    expiresAt: t.field({
      type: "DateTime",
      description: "When it stops working (the start of the day after its last day, UTC)",
      resolve: (k) => k.expiresAt,
    }),
    revokedAt: t.field({ type: "DateTime", nullable: true, description: "When it was revoked, if it was", resolve: (k) => k.revokedAt }),
    lastUsedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When it was last used (every use is also in the audit log)",
      resolve: (k) => k.lastUsedAt,
    }),
    status: t.field({ type: ApiKeyStatusEnum, description: "active, revoked or expired", resolve: (k) => k.status }),
  }),
});

interface CreatedKey {
  key: string;
  apiKey: AnalystApiKeyView;
}

const CreatedApiKeyType = builder.objectRef<CreatedKey>("CreatedAnalystApiKey").implement({
  description: "A new key: copy `key` now, it is not shown again",
  authScopes: managers,
  fields: (t) => ({
    key: t.exposeString("key", { description: "The key (csc_…), shown this once: send it as `Authorization: Bearer <key>` or `x-api-key: <key>`" }),
    apiKey: t.field({ type: AnalystApiKeyType, description: "The key as it will be listed", resolve: (c) => c.apiKey }),
  }),
});

builder.queryField("analystApiKeys", (t) =>
  t.connection(
    {
      type: AnalystApiKeyType,
      description: `Your council's analyst API keys (council administrators), or the cross-council keys (platform administrator), newest first, revoked and expired ones too; at most ${LIMITS.maxPageSize} a page`,
      authScopes: managers,
      validate: pageSizeArgsSchema,
      resolve: (_root, args, context) =>
        resolveCountedConnection<AnalystApiKeyView>(args, apiKeyCursor, (params) => pageAnalystApiKeys(context, params)),
    },
    {
      description: "A page of the analyst API keys you manage",
      fields: (c) => ({
        totalCount: c.exposeInt("totalCount", { description: "How many keys (active, revoked and expired), across every page" }),
      }),
    },
  ),
);

const CreateAnalystApiKeyInput = builder.inputType("CreateAnalystApiKeyInput", {
  description: "A new read-only key for an analyst's tool",
  fields: (t) => ({
    name: t.string({ required: true, description: 'What the key is for (3 to 100 characters), e.g. "Power BI refresh"' }),
    expiresOn: t.field({ type: "Date", required: true, description: "The last day the key works: after today and within a year (platform policy)" }),
  }),
});

builder.mutationField("createAnalystApiKey", (t) =>
  t.field({
    type: CreatedApiKeyType,
    description: "Create a read-only API key (aggregates only); the answer is the only time the key is shown",
    authScopes: managers,
    args: { input: t.arg({ type: CreateAnalystApiKeyInput, required: true, description: "Its name and last day" }) },
    resolve: (_root, args, context) => createAnalystApiKey(context, args.input),
  }),
);

builder.mutationField("revokeAnalystApiKey", (t) =>
  t.field({
    type: AnalystApiKeyType,
    description: "Revoke a key at once; it is refused from the next request",
    authScopes: managers,
    args: { id: t.arg.id({ required: true, description: "The key's id (from analystApiKeys)" }) },
    resolve: (_root, args, context) => revokeAnalystApiKey(context, args.id),
  }),
);
