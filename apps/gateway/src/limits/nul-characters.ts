import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError, visit } from "graphql";
import type { DocumentNode } from "graphql";
import { badInput } from "../errors/gateway-error";

/** PostgreSQL text cannot hold U+0000; a NUL in any input is refused as bad input, naming where it was found. */
function nulPathIn(value: unknown, path: Array<string | number>): Array<string | number> | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = nulPathIn(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      const found = nulPathIn(inner, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

function nulInDocument(document: DocumentNode): Array<string | number> | null {
  let found: Array<string | number> | null = null;
  const names: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    StringValue(node) {
      if (!found && node.value.includes("\u0000")) found = [...names];
    },
    EnumValue(node) {
      if (!found && node.value.includes("\u0000")) found = [...names];
    },
  });
  return found;
}

/** Refuses any operation whose variables or literal arguments hold a NUL character (BAD_USER_INPUT, the field named). */
export function refuseNulCharacters<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const path = nulPathIn(request.variables ?? {}, []) ?? nulInDocument(document);
          if (!path) return;
          const refusal = badInput(path, "must not contain a NUL character (U+0000)");
          // Thrown before execution, Apollo would answer 500 unless told the status.
          throw new GraphQLError(refusal.message, { extensions: { ...refusal.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}
