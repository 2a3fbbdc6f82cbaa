/** A mistake in how the command was called: printed as one line, exit code 2, no stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Exit codes: 0 all good, 1 some inputs or records failed (the rest was done), 2 the command could not run. */
export const EXIT = { ok: 0, partial: 1, usage: 2 } as const;

export function report(message: string): void {
  process.stderr.write(`dyad: ${message}\n`);
}
