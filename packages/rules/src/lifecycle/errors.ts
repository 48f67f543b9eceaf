/**
 * Why an event does not fit the case. Each code has one officer-readable message built where it is raised;
 * `eventIndex` is the position of the offending event in the list the caller passed in.
 */
export const LIFECYCLE_ERROR_CODES = [
  "invalid_event",
  "missing_receipt",
  "duplicate_event",
  "before_receipt",
  "after_as_of",
  "grounds_after_receipt",
  "case_closed",
  "case_ended",
  "suspended",
  "not_suspended",
  "not_closed",
  "not_for_kind",
  "no_such_stage",
  "stage_not_started",
  "stage_already_started",
  "stage_finished",
  "previous_stage_open",
  "out_of_order",
  "wrong_response_event",
  "extension_not_allowed",
  "extension_too_long",
  "extension_not_longer",
  "extension_too_late",
  "procedure_already_decided",
  "procedure_after_stage",
  "procedure_mismatch",
  "lgsco_not_referred",
  "not_in_part",
  "not_late",
  "point_not_considered",
] as const;
export type LifecycleErrorCode = (typeof LIFECYCLE_ERROR_CODES)[number];

export class LifecycleError extends Error {
  readonly code: LifecycleErrorCode;
  readonly eventIndex: number;
  constructor(code: LifecycleErrorCode, eventIndex: number, message: string) {
    super(message);
    this.name = "LifecycleError";
    this.code = code;
    this.eventIndex = eventIndex;
  }
}
