import { checkLayout } from "./layout-checks";
import { checkVocabularies } from "./vocabulary-checks";
import { councilInputSchema, type CouncilAdapter, type CouncilInput } from "./council-schema";
import { formatIssues } from "./format-issues";
import { procedureSettingsProblems } from "../procedures/rules-settings";

/** Thrown by defineCouncil with every problem found, one readable line each. */
export class CouncilDefinitionError extends Error {
  readonly problems: readonly string[];
  constructor(councilId: string, problems: readonly string[]) {
    super(
      `Council adapter ${councilId ? `"${councilId}" ` : ""}is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n  - ${problems.join("\n  - ")}`,
    );
    this.name = "CouncilDefinitionError";
    this.problems = problems;
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Every problem with an adapter definition (empty when it is valid). */
export function validateCouncil(input: unknown): { adapter: CouncilAdapter | null; problems: string[] } {
  const parsed = councilInputSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { adapter: null, problems: formatIssues(parsed.error.issues) };
  const council = parsed.data;
  const problems = [
    ...checkVocabularies(council.vocabularies),
    ...procedureSettingsProblems(council.procedures),
    ...checkLayout(council.report, council.vocabularies),
  ];
  return { adapter: problems.length === 0 ? council : null, problems };
}

/**
 * Validates a council adapter and returns it typed and deeply frozen, or throws a CouncilDefinitionError listing
 * every problem (a local label mapped to no canonical value, a duplicate code, a table naming an unknown measure,
 * a timescale above its statutory maximum, …).
 */
export function defineCouncil(input: CouncilInput): CouncilAdapter {
  const { adapter, problems } = validateCouncil(input);
  if (!adapter) {
    const id = typeof input === "object" && input !== null && typeof input.id === "string" ? input.id : "";
    throw new CouncilDefinitionError(id, problems);
  }
  return deepFreeze(adapter);
}
