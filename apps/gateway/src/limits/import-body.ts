import { Kind, parse } from "graphql";

/** The one mutation allowed a body larger than LIMITS.maxBodyBytes: a council's case export (up to LIMITS.maxImportBodyBytes). */
const LARGE_BODY_FIELD = "importCaseExport";

/**
 * Whether a parsed request body is a single GraphQL request whose only operation is a mutation selecting only
 * importCaseExport. Anything else (batches, other fields beside it, fragments, unparsable documents) is not.
 */
export function isImportOnly(body: unknown): boolean {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return false;
  const query = (body as { query?: unknown }).query;
  if (typeof query !== "string") return false;
  let document;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return false;
  }
  const [operation, ...rest] = document.definitions;
  if (!operation || rest.length > 0 || operation.kind !== Kind.OPERATION_DEFINITION || operation.operation !== "mutation") return false;
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value === LARGE_BODY_FIELD);
}
