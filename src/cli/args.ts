import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./errors.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node's parseArgs, with its errors turned into one-line usage errors that name the command. */
export function parse<O extends Options>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = (e as Error).message.replace(/\. To specify a positional argument.*$/s, "");
    throw new UsageError(`${command}: ${msg} (see dyad ${command} --help)`);
  }
}

/** "5MB", "500kb", "1048576" to bytes. */
export function parseSize(value: string, flag: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(value);
  if (!m)
    throw new UsageError(`${flag} "${value}" is not a size: write it as 500KB, 5MB or a number of bytes`);
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const mult = unit === "g" ? 1024 ** 3 : unit === "m" ? 1024 ** 2 : unit === "k" ? 1024 : 1;
  return Math.round(Number(m[1]) * mult);
}

/** Writes to stdout and waits when the pipe is full, so a slow reader never makes memory grow. */
export async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) {
    await new Promise<void>((resolve) => process.stdout.once("drain", resolve));
  }
}
