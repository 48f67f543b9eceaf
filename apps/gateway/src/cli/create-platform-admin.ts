// `pnpm --filter @csc/gateway create-platform-admin --email <e-mail> [--name "<display name>"]`, password on stdin
// (one line; e.g. `read -rs P && printf '%s\n' "$P" | pnpm … create-platform-admin --email …`). Creates the first
// platform administrator on the database of DATABASE_URL (or the embedded one); refused once one exists.
import { createPrismaClient, startDatabase } from "@csc/db";
import { createFirstPlatformAdmin, PlatformAdminRefused } from "../startup/create-platform-admin";

process.noDeprecation = true;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

async function main(): Promise<number> {
  const email = option("--email");
  if (!email) {
    process.stderr.write("create-platform-admin: --email <e-mail> is required; the password is read from stdin\n");
    return 1;
  }
  const password = await readStdin();
  const database = await startDatabase();
  // Making a platform administrator is the owner's work: the gateway's platform role may not.
  const prisma = createPrismaClient(database.migrationUrl);
  try {
    const id = await createFirstPlatformAdmin(prisma, { email, displayName: option("--name") ?? email, password });
    process.stdout.write(`create-platform-admin: created platform administrator ${id}; sign in without a council\n`);
    return 0;
  } catch (error) {
    if (error instanceof PlatformAdminRefused) {
      process.stderr.write(`create-platform-admin: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().then(
  (code) => process.stdout.write("", () => process.exit(code)),
  (error: unknown) => {
    process.stderr.write(`create-platform-admin: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
