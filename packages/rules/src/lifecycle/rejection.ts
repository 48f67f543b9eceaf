import type { LifecycleErrorCode } from "./errors";

/** Why an event cannot be added to a case now, in words a complaints officer understands. */
export interface Rejection {
  code: LifecycleErrorCode;
  message: string;
}

export const reject = (code: LifecycleErrorCode, message: string): Rejection => ({ code, message });
