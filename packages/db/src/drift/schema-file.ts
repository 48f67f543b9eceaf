import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The path of packages/db/prisma/schema.prisma. */
const SCHEMA_PATH = fileURLToPath(new URL("../../prisma/schema.prisma", import.meta.url));

export function readSchemaFile(): string {
  return readFileSync(SCHEMA_PATH, "utf8");
}
