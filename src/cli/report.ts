// What went wrong during a run, said on stderr as it happens, and the exit status it adds up to.

/** Exit status: 0 everything was read; 1 a pack had problems; 2 an input or the output failed. */
export type ExitCode = 0 | 1 | 2;

export class Reporter {
  private inputFailed = false;
  private packFailed = false;

  constructor(private readonly err: (line: string) => void) {}

  /** A file or folder that could not be read or scanned: exit status 2. */
  input(message: string): void {
    this.inputFailed = true;
    this.say(message);
  }

  /** A pack that could not be read or had problems: exit status 1, unless an input failed too. */
  pack(message: string): void {
    this.packFailed = true;
    this.say(message);
  }

  /** Something worth knowing that is not a failure. */
  note(message: string): void {
    this.say(message);
  }

  /** No usable pack at all, already explained by the messages before. */
  noPack(): void {
    this.packFailed = true;
  }

  exitCode(): ExitCode {
    return this.inputFailed ? 2 : this.packFailed ? 1 : 0;
  }

  private say(message: string): void {
    this.err(`concept-lens: ${message}`);
  }
}

/** The errno code of a system error (ENOENT, EACCES…), or the error itself in words. */
/** A command's whole output on stdout: a reader that went away (`| head`) is no failure, any other error is. */
export function writeOutput(out: (s: string) => void, text: string, report: Reporter): void {
  try {
    out(text);
  } catch (e) {
    if (errorCode(e) !== 'EPIPE') report.input(`cannot write the output: ${errorCode(e)}`);
  }
}

export function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException | undefined)?.code ?? String(e);
}

/** An exception's message without its stack, for one line on stderr. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
