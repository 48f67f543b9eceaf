// Writes the built schema to schema.graphql (pnpm --filter @csc/gateway schema:write).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printGatewaySchema } from "../build-schema";

const target = fileURLToPath(new URL("../../schema.graphql", import.meta.url));
writeFileSync(target, printGatewaySchema());
console.log(`wrote ${target}`);
