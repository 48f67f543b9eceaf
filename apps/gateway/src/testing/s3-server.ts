import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "s3rver";
import type { S3StoreSettings } from "../documents/s3-document-store";

export interface RunningS3 {
  settings: S3StoreSettings;
  stop(): Promise<void>;
}

/**
 * A real S3-compatible server (s3rver, files in a temporary folder) on 127.0.0.1 with one bucket, for tests.
 * It checks the access key (an unknown one is refused) but, unlike S3, does not verify V4 signatures.
 */
export async function startS3Server(bucket = "csc-documents"): Promise<RunningS3> {
  const directory = mkdtempSync(join(tmpdir(), "csc-s3-"));
  const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const { port } = await server.run();
  return {
    // s3rver's own test account.
    settings: {
      endpoint: `http://127.0.0.1:${port}`,
      region: "eu-west-2",
      bucket,
      accessKeyId: "S3RVER",
      secretAccessKey: "S3RVER",
      forcePathStyle: true,
    },
    async stop() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
