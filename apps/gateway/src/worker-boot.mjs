// Starts a worker thread on the TypeScript sources (the analytics pool's, reports/analytics-worker.ts; the import's,
// import/import-worker.ts): registers tsx's loader in this thread (a worker's --import flag does not reach its ES
// module loader on Node 20), then loads the entry it is given.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
