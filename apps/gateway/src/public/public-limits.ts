import { createAddressThrottle } from "../auth/address-throttle";

/**
 * Submissions of the public form per network address (local policy): 10 in an hour is more than a family, a
 * school or a library sends; past it that address is refused until the hour has passed. The same sliding-window
 * throttle as failed sign-ins (../auth/address-throttle.ts), counting every submission that reaches the service.
 */
const PUBLIC_WINDOW_MS = 60 * 60 * 1000;
export const PUBLIC_MAX_PER_ADDRESS = 10;

export const publicFeedbackThrottle = createAddressThrottle(PUBLIC_MAX_PER_ADDRESS, PUBLIC_WINDOW_MS);

/** Size limits of every field of the public form (characters): one place for the schema, the service and the app. */
export const PUBLIC_LIMITS = {
  summary: 5000,
  outcomeSought: 2000,
  name: 200,
  email: 320,
  phone: 20,
  childName: 200,
  formToken: 400,
  website: 200,
} as const;
