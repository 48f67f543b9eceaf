/**
 * Failed sign-ins per network address in a sliding window (local policy): past the limit, that address's sign-ins
 * are refused until the window has passed, whichever accounts it tries. In memory: one gateway process.
 */
const ADDRESS_WINDOW_MS = 15 * 60 * 1000;
export const ADDRESS_MAX_FAILURES = 50;

interface AddressThrottle {
  /** True when the address may try to sign in now. */
  allows(address: string | undefined, now?: number): boolean;
  recordFailure(address: string | undefined, now?: number): void;
}

export function createAddressThrottle(max = ADDRESS_MAX_FAILURES, windowMs = ADDRESS_WINDOW_MS): AddressThrottle {
  const failures = new Map<string, number[]>();
  const recent = (address: string, now: number) => {
    const kept = (failures.get(address) ?? []).filter((at) => now - at < windowMs);
    if (kept.length === 0) failures.delete(address);
    else failures.set(address, kept);
    return kept;
  };
  return {
    allows(address, now = Date.now()) {
      return !address || recent(address, now).length < max;
    },
    recordFailure(address, now = Date.now()) {
      if (!address) return;
      failures.set(address, [...recent(address, now), now]);
      if (failures.size > 100_000) failures.delete(failures.keys().next().value as string);
    },
  };
}

/** The gateway's one throttle (per process). */
export const signInThrottle = createAddressThrottle();
