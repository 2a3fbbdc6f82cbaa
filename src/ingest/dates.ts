/** A date the user gave that is not a calendar date. */
export class BadDateError extends Error {
  constructor(readonly value: string) {
    super(`"${value}" is not a date: use YYYY-MM-DD (or YYYYMMDD)`);
    this.name = "BadDateError";
  }
}

/** YYYY-MM-DD or YYYYMMDD (optionally with a time after it) to YYYY-MM-DD; throws BadDateError. */
export function normalizeDate(value: string): string {
  const m = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?\s*$/.exec(value);
  if (!m) throw new BadDateError(value);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) {
    throw new BadDateError(value);
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** A date from page metadata in any common form (ISO, RFC 822), or null when it cannot be read. */
export function looseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    return normalizeDate(value);
  } catch {
    const t = Date.parse(value);
    return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
  }
}
