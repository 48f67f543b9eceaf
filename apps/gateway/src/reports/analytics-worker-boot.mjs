// Starts an analytics worker thread on the TypeScript sources: registers tsx's loader in this thread (a worker's
// --import flag does not reach its ES module loader on Node 20), then loads analytics-worker.ts.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
