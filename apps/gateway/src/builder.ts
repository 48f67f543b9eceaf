import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import ValidationPlugin from "@pothos/plugin-validation";
import { roleAllows } from "./auth/roles";
import type { RoleScope } from "./auth/roles";
import type { GatewayContext } from "./context";
import { getDatamodel } from "./db/client";
import type { PrismaTypes } from "./db/client";
import { forbidden, unauthenticated } from "./errors/gateway-error";
import { fromZodValidation } from "./errors/validation-error";

/**
 * Auth scopes. Every field of every type is guarded (a test walks the schema to prove it):
 * `public` only for signIn, the public list of councils (ids and names) for the sign-in page, and the health of the API.
 */
type AuthScopes = { public: boolean; signedIn: boolean; platformAdmin: boolean; nationalAggregates: boolean } & Record<RoleScope, boolean>;

function scopesFor(context: GatewayContext): AuthScopes {
  const viewer = context.viewer;
  const roles = viewer && viewer.councilId ? viewer.roles : [];
  return {
    public: true,
    // An analyst's API key is not a signed-in person: it reads aggregates (its analyst role's scopes) and nothing else.
    signedIn: viewer !== null && viewer.via !== "api_key",
    platformAdmin: viewer?.platformAdmin === true,
    /** A cross-council API key (made by the platform administrator): compareCouncils and the catalogue only. */
    nationalAggregates: viewer?.via === "api_key" && viewer.councilId === null,
    handleCases: roleAllows(roles, "handleCases"),
    readCases: roleAllows(roles, "readCases"),
    readPersonalData: roleAllows(roles, "readPersonalData"),
    readAggregates: roleAllows(roles, "readAggregates"),
    readAudit: roleAllows(roles, "readAudit"),
    configureCouncil: roleAllows(roles, "configureCouncil"),
    writeReports: roleAllows(roles, "writeReports"),
    approveReports: roleAllows(roles, "approveReports"),
  };
}

export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  Scalars: {
    ID: { Input: string; Output: string };
    Date: { Input: string; Output: Date | string };
    DateTime: { Input: string; Output: Date };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  scopeAuth: {
    authScopes: scopesFor,
    unauthorizedError: (_parent, context, info) =>
      context.viewer ? forbidden(`Your role does not allow ${info.parentType.name}.${info.fieldName}`) : unauthenticated(),
  },
  prisma: {
    client: (context) => {
      if (!context.prisma) throw forbidden("Sign in to a council first");
      return context.prisma;
    },
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    pageInfoTypeOptions: { description: "Where a page of a connection sits in the whole list" },
    hasNextPageFieldOptions: { description: "Whether there are more items after this page" },
    hasPreviousPageFieldOptions: { description: "Whether there are items before this page" },
    startCursorFieldOptions: { description: "The cursor of the first item of this page (pass as `before`)" },
    endCursorFieldOptions: { description: "The cursor of the last item of this page (pass as `after`)" },
    cursorFieldOptions: { description: "Where this item sits in the list (pass as `after` or `before`)" },
    nodeFieldOptions: { description: "The item" },
    edgesFieldOptions: { description: "The items of this page, each with its cursor" },
    pageInfoFieldOptions: { description: "Where this page sits in the whole list" },
    defaultConnectionTypeOptions: { description: "A page of a list, with where it sits in the whole list" },
    defaultEdgeTypeOptions: { description: "An item of a page, with its cursor" },
    nodesOnConnection: { description: "The items of this page, without their cursors" },
    firstArgOptions: { description: "How many items to return from the start (or after `after`)" },
    lastArgOptions: { description: "How many items to return from the end (or before `before`)" },
    afterArgOptions: { description: "Return items after this cursor (an endCursor of the page before)" },
    beforeArgOptions: { description: "Return items before this cursor (a startCursor of the page after)" },
  },
  validation: {
    validationError: (result) => fromZodValidation(result.issues),
  },
});
