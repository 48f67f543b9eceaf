import type { DocumentStore, DocumentStoreFor } from "./document-store";
import { postgresDocumentStore } from "./document-store";
import { s3DocumentStore, type S3StoreSettings } from "./s3-document-store";

/** Settings the gateway reads for an S3-compatible document store (every one required when CSC_DOCUMENT_STORE=s3). */
const REQUIRED = ["CSC_S3_ENDPOINT", "CSC_S3_REGION", "CSC_S3_BUCKET", "CSC_S3_ACCESS_KEY_ID", "CSC_S3_SECRET_ACCESS_KEY"] as const;

/** The S3 settings from the environment; a missing one stops the gateway starting, naming it. */
export function s3SettingsFromEnv(env: NodeJS.ProcessEnv): S3StoreSettings {
  const missing = REQUIRED.filter((name) => !env[name]?.trim());
  if (missing.length > 0) throw new Error(`CSC_DOCUMENT_STORE=s3 needs ${missing.join(", ")}`);
  const value = (name: (typeof REQUIRED)[number]) => (env[name] ?? "").trim();
  return {
    endpoint: value("CSC_S3_ENDPOINT"),
    region: value("CSC_S3_REGION"),
    bucket: value("CSC_S3_BUCKET"),
    accessKeyId: value("CSC_S3_ACCESS_KEY_ID"),
    secretAccessKey: value("CSC_S3_SECRET_ACCESS_KEY"),
    forcePathStyle: env.CSC_S3_FORCE_PATH_STYLE !== "false",
  };
}

/**
 * Where each council's documents go: PostgreSQL unless CSC_DOCUMENT_STORE=s3, then the S3-compatible store for
 * every council, or only for the councils listed in CSC_S3_COUNCILS (comma-separated ids; the others keep
 * PostgreSQL). Any other CSC_DOCUMENT_STORE value stops the gateway starting.
 */
export function documentStoresFromEnv(env: NodeJS.ProcessEnv): DocumentStoreFor {
  const kind = (env.CSC_DOCUMENT_STORE ?? "postgres").trim();
  if (kind === "postgres" || kind === "") return () => postgresDocumentStore;
  if (kind !== "s3") throw new Error(`CSC_DOCUMENT_STORE must be "postgres" or "s3", not "${kind}"`);
  const s3: DocumentStore = s3DocumentStore(s3SettingsFromEnv(env));
  const only = (env.CSC_S3_COUNCILS ?? "")
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);
  return (councilId) => (only.length === 0 || only.includes(councilId) ? s3 : postgresDocumentStore);
}
