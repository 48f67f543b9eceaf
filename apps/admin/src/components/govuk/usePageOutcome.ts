import { useCallback, useState } from "react";
import type { FieldError } from "./ErrorSummary";

interface PageOutcome {
  /** The errors of the form last refused, for one GOV.UK error summary at the top of the page. */
  errors: FieldError[];
  /** Changes on every report: a summary keyed by it is shown afresh and focused each time a form is refused. */
  attempt: number;
  /** The last success, for the page's success banner; null once a form is refused. */
  notice: string | null;
  /** Changes on every success: a banner keyed by it is focused again. */
  noticeKey: number;
}

/**
 * The outcome of a page with more than one form, one at a time: the errors of the form just submitted (one error
 * summary at the top of the page, where the design system puts it, rather than one above each form mid-page) or
 * the last success. `report` gives a form's errors (an empty list clears them and keeps the success shown);
 * `announce` a success.
 */
export function usePageOutcome(): PageOutcome & { report: (errors: FieldError[]) => void; announce: (text: string) => void } {
  const [state, setState] = useState<PageOutcome>({ errors: [], attempt: 0, notice: null, noticeKey: 0 });
  const report = useCallback(
    (errors: FieldError[]) => setState((s) => ({ ...s, errors, attempt: s.attempt + 1, notice: errors.length > 0 ? null : s.notice })),
    [],
  );
  const announce = useCallback(
    (text: string) => setState((s) => ({ errors: [], attempt: s.attempt + 1, notice: text, noticeKey: s.noticeKey + 1 })),
    [],
  );
  return { ...state, report, announce };
}
