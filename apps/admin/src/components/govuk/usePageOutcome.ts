import { useCallback, useState } from "react";
import type { FieldError } from "./ErrorSummary";

/**
 * The errors of a page with more than one form, for one GOV.UK error summary at the top of the page (where the
 * design system puts it) rather than one in the middle of the page above each form. `report` replaces the errors
 * with those of the form just submitted (an empty list when it saved); `attempt` changes on every report, so a
 * summary keyed by it is shown afresh and focused each time a form is refused.
 */
export function usePageErrors(): { errors: FieldError[]; attempt: number; report: (errors: FieldError[]) => void } {
  const [state, setState] = useState<{ errors: FieldError[]; attempt: number }>({ errors: [], attempt: 0 });
  const report = useCallback((errors: FieldError[]) => setState((s) => ({ errors, attempt: s.attempt + 1 })), []);
  return { errors: state.errors, attempt: state.attempt, report };
}
