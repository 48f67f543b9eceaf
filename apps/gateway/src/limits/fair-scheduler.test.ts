import { describe, expect, it } from "vitest";
import { FairScheduler } from "./fair-scheduler";

/** A task that finishes when the test says so. */
function gate() {
  let open: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (open = resolve));
  return { task: () => done, open };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("FairScheduler", () => {
  it("keeps a slot for another council while one council has many jobs waiting", async () => {
    const scheduler = new FairScheduler({ capacity: 2, perKey: 2 });
    const a = Array.from({ length: 5 }, gate);
    const order: string[] = [];
    a.forEach((g, i) => void scheduler.run("council-a", async () => (await g.task(), order.push(`a${i}`))));
    await tick();
    // capacity 2, but one council gets at most 1: the other slot stays free for someone else.
    expect(scheduler.snapshot()).toEqual({ running: { "council-a": 1 }, waiting: { "council-a": 4 } });
    const b = gate();
    const bDone = scheduler.run("council-b", async () => (await b.task(), order.push("b")));
    await tick();
    expect(scheduler.snapshot().running).toEqual({ "council-a": 1, "council-b": 1 });
    b.open();
    await bDone;
    expect(order).toEqual(["b"]); // council b finished while council a's first job still ran
  });

  it("takes turns between councils when slots free, and runs everything in the end", async () => {
    const scheduler = new FairScheduler({ capacity: 1, perKey: 1 });
    const order: string[] = [];
    const jobs = ["a", "a", "a", "b", "b", "c"].map((key, i) => scheduler.run(key, async () => void order.push(`${key}${i}`)));
    await Promise.all(jobs);
    expect(order).toEqual(["a0", "b3", "c5", "a1", "b4", "a2"]);
  });

  it("passes a task's failure to its caller and goes on with the next", async () => {
    const scheduler = new FairScheduler({ capacity: 1, perKey: 1 });
    const failed = scheduler.run("a", () => Promise.reject(new Error("statement timeout")));
    const next = scheduler.run("a", () => Promise.resolve(42));
    await expect(failed).rejects.toThrow("statement timeout");
    await expect(next).resolves.toBe(42);
  });
});
