/**
 * Structured JSON logs. Children's data is special-category: callers pass only ids, codes, counts and timings,
 * never names, free text or GraphQL variables. `fields` is typed to discourage anything but scalars.
 */
export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, string | number | boolean | null | undefined | ReadonlyArray<string>>;

export interface Logger {
  log(level: LogLevel, event: string, fields?: LogFields): void;
}

export function createJsonLogger(write: (line: string) => void = (line) => process.stdout.write(line + "\n")): Logger {
  return {
    log(level, event, fields = {}) {
      write(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }));
    },
  };
}
