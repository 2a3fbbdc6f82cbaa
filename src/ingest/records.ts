import type { Article } from "./article.js";

/**
 * What a reader yields: a document, or the reason one could not be read. A bad record never stops a
 * batch; the caller reports it and goes on.
 */
export type InputRecord = { article: Article; origin: string } | { error: string; origin: string };

export interface ReadOptions {
  /** Largest document accepted, in bytes of UTF-8 text (default 5 MB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** The human size of a byte count, for messages. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, "")} KB`;
  return `${n} bytes`;
}

export function tooLarge(bytes: number, max: number): string {
  return `document is ${formatBytes(bytes)}, over the ${formatBytes(max)} limit: split it, or raise the limit with --max-size`;
}

/** True when a buffer looks like a binary file (a NUL byte in its first 8 KB), not text. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}
