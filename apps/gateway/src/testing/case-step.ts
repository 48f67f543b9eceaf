import type { Harness } from "./harness";
import { caseMutation } from "./operations";

/**
 * Runs one case mutation as `token` at the version of `c` the test last read, and returns the case as the gateway
 * now shows it; throws with the gateway's errors when it refuses (a test's step, not a check of a refusal).
 */
export async function caseStep<T extends { id: string; version: number }>(
  h: Harness,
  token: string,
  c: T,
  name: string,
  inputType: string,
  input: Record<string, unknown> = {},
): Promise<T> {
  const answer = await h.gql<Record<string, T>>(caseMutation(name, inputType), { input: { caseId: c.id, version: c.version, ...input } }, token);
  const view = answer.data?.[name];
  if (answer.errors || !view) throw new Error(`${name} was refused: ${JSON.stringify(answer.errors)}`);
  return view;
}
