/** How many analytics requests run at once: the concurrency asked for, or the cores less one (at least one), within what the connections allow. */
export function analyticsCapacity(options: { workers: number; maxConnections: number; concurrency?: number; cores: number }): number {
  const connections = options.workers * options.maxConnections;
  const wanted = options.concurrency ?? Math.max(1, options.cores - 1);
  if (!Number.isInteger(wanted) || wanted < 1)
    throw new Error(`analytics concurrency: ${String(options.concurrency)} is not a whole number of at least 1`);
  return Math.min(connections, wanted);
}
