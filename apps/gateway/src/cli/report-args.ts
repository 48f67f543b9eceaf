import { isAbsolute, resolve } from "node:path";
import { z } from "zod";

import { REPORT_FORMATS, TEXT_FORMATS, type ReportFormat } from "../reports/render/formats";
export { REPORT_FORMATS, type ReportFormat };

/** What `pnpm report` accepts. `--year 2021` means the financial year 2021/22 (1 April 2021 – 31 March 2022). */

export interface ReportArgs {
  council: string;
  year: number;
  format: ReportFormat;
  /** Absolute path, resolved against the caller's directory; null: print to stdout. */
  out: string | null;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export const USAGE = "usage: pnpm report --council <id> --year <YYYY> --format json|html|docx|pdf|xlsx|csv [--out <path>]";

const argsSchema = z.object({
  council: z
    .string({ error: "--council is required (a council id, e.g. worcestershire)" })
    .regex(/^[a-z][a-z0-9-]*$/, "--council must be a council id such as worcestershire"),
  year: z
    .string({ error: "--year is required (the year a financial year starts, e.g. 2021 for 2021/22)" })
    .regex(/^\d{4}$/, "--year must be four digits, the year the financial year starts (2021 means 2021/22)")
    .transform(Number),
  format: z.enum(REPORT_FORMATS, { error: `--format must be one of ${REPORT_FORMATS.join(", ")}` }).default("json"),
  out: z.string().min(1, "--out needs a path").optional(),
});

/**
 * Parses the command line. `--out` is resolved against `callerDir` (pnpm's INIT_CWD: `pnpm --filter … exec`
 * runs in apps/gateway, not where the user typed the command).
 */
export function parseReportArgs(argv: readonly string[], callerDir: string): ReportArgs {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === "--") continue;
    const match = /^--(council|year|format|out)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unknown argument ${JSON.stringify(arg)}\n${USAGE}`);
    const name = match[1] as string;
    const value = match[2] ?? argv[i + 1];
    if (match[2] === undefined) i += 1;
    if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} needs a value\n${USAGE}`);
    raw[name] = value;
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`${parsed.error.issues.map((i) => i.message).join("; ")}\n${USAGE}`);
  const { council, year, format, out } = parsed.data;
  if (!out && !TEXT_FORMATS.includes(format)) throw new UsageError(`--format ${format} writes a file: give --out <path>\n${USAGE}`);
  return { council, year, format, out: out ? (isAbsolute(out) ? out : resolve(callerDir, out)) : null };
}
