import type { CombinedError } from "@urql/core";
import type { FieldError } from "../../../components/govuk";
import type { LayoutProblem } from "../../../graphql/report-layout-operations";
import { settingsErrors } from "../server-errors";

/** A refused layout's problems as GOV.UK errors, each naming its JSON path, all linked to `field`. */
function layoutErrors(problems: readonly LayoutProblem[], field: string): FieldError[] {
  return problems.map((p) => ({ field, message: `${p.path}: ${p.message}` }));
}

/** What saving answered: the gateway's errors (role, network) or the layout's problems; none when saved. */
export function saveErrors(error: CombinedError | undefined, problems: readonly LayoutProblem[] | undefined, field: string): FieldError[] {
  if (error) return settingsErrors(error, () => null);
  return layoutErrors(problems ?? [], field);
}
