import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError, visit } from "graphql";
import type { DocumentNode } from "graphql";

function asksIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") found = true;
    },
  });
  return found;
}

/** In production (NODE_ENV=production) the schema is described only to signed-in users (issue 9 finding 6). */
export function introspectionForSignedInOnly<C extends BaseContext>(production = process.env.NODE_ENV === "production"): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!production || (contextValue as { viewer?: unknown }).viewer) return;
          if (asksIntrospection(document)) {
            throw new GraphQLError("Sign in to read the schema", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
          }
        },
      };
    },
  };
}
