// Where the services say what happened: the "Concept Lens" log output channel in VS Code, a list in tests.

export interface ILog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string | Error): void;
}

/** The text of a thrown value, for a log line. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
