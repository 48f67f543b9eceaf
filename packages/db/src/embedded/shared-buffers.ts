import { totalmem } from "node:os";

const MB = 1024 * 1024;

/**
 * The shared_buffers a long-running embedded server takes: a quarter of the machine's memory, as PostgreSQL's
 * documentation advises for a dedicated server ("Resource Consumption": 25% of memory is a reasonable start),
 * at least PostgreSQL's default 128 MB and at most 8 GB; in megabytes, as the setting is written. Test servers,
 * many at once, keep the default.
 */
export function sharedBuffersFor(totalMemoryBytes: number): string {
  const quarter = Math.floor(totalMemoryBytes / 4 / MB);
  return `${Math.min(8192, Math.max(128, quarter))}MB`;
}

/** The memory this process may use: the machine's, or its container's limit when lower. */
export function usableMemory(): number {
  const limit = process.constrainedMemory();
  return limit > 0 && limit < totalmem() ? limit : totalmem();
}
