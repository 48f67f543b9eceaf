/**
 * Per-council fairness for shared capacity (the analytics workers): at most `perKey` jobs of one council run
 * at once, and when a slot frees the next job comes from the council that has waited longest in turn (round
 * robin over councils), so one council running reports in a loop cannot starve another (issue 9 finding 5).
 */
interface FairSchedulerOptions {
  /** Jobs that run at once in all (the pool's capacity). */
  capacity: number;
  /** Jobs of one key (council) that run at once; at most capacity - 1 when capacity > 1, so another always fits. */
  perKey: number;
}

type Job = () => void;

export class FairScheduler {
  readonly #capacity: number;
  readonly #perKey: number;
  #running = 0;
  readonly #runningByKey = new Map<string, number>();
  /** Waiting jobs per key, in arrival order. */
  readonly #waiting = new Map<string, Job[]>();
  /** When each key was last served (a counter): the key served longest ago (or never) goes next. */
  readonly #lastServed = new Map<string, number>();
  #served = 0;

  constructor(options: FairSchedulerOptions) {
    if (!Number.isInteger(options.capacity) || options.capacity < 1) throw new Error("FairScheduler: capacity must be a positive integer");
    this.#capacity = options.capacity;
    this.#perKey = Math.max(1, Math.min(options.perKey, options.capacity > 1 ? options.capacity - 1 : 1));
  }

  /** Runs `task` when a slot is free for `key`; resolves or rejects as the task does. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const job: Job = () => {
        this.#running += 1;
        this.#runningByKey.set(key, (this.#runningByKey.get(key) ?? 0) + 1);
        task()
          .then(resolve, reject)
          .finally(() => {
            this.#running -= 1;
            const left = (this.#runningByKey.get(key) ?? 1) - 1;
            if (left === 0) this.#runningByKey.delete(key);
            else this.#runningByKey.set(key, left);
            this.#dispatch();
          });
      };
      const queue = this.#waiting.get(key) ?? [];
      queue.push(job);
      this.#waiting.set(key, queue);
      this.#dispatch();
    });
  }

  /** Jobs running now, and waiting, per key (for tests and logs). */
  snapshot(): { running: Record<string, number>; waiting: Record<string, number> } {
    return {
      running: Object.fromEntries(this.#runningByKey),
      waiting: Object.fromEntries([...this.#waiting].map(([key, jobs]) => [key, jobs.length])),
    };
  }

  #dispatch(): void {
    while (this.#running < this.#capacity) {
      let next: string | null = null;
      for (const [key, jobs] of this.#waiting) {
        if (jobs.length === 0 || (this.#runningByKey.get(key) ?? 0) >= this.#perKey) continue;
        if (next === null || (this.#lastServed.get(key) ?? -1) < (this.#lastServed.get(next) ?? -1)) next = key;
      }
      if (next === null) return;
      const jobs = this.#waiting.get(next) ?? [];
      const job = jobs.shift();
      if (jobs.length === 0) this.#waiting.delete(next);
      this.#lastServed.set(next, ++this.#served);
      job?.();
    }
  }
}
