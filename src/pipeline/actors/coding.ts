import type { Person, Tenure } from "../../lexicon/actors.js";

/** Offices that outrank others when a person holds several at once (a president who is also party chief). */
const RANK = [
  "President",
  "King",
  "Queen",
  "Emir",
  "Supreme Leader",
  "Prime Minister",
  "Chancellor",
  "Secretary-General",
];

function rank(t: Tenure): number {
  const i = RANK.indexOf(t.office);
  return i < 0 ? RANK.length : i;
}

const ISO3 = /^[A-Z]{3}$/;

/** The country part of a code ("RUSGOV" → "RUS"), or null for IGO, NGO and other non-state codes. */
export function countryOfCode(code: string | null, isCountry: (c: string) => boolean): string | null {
  if (!code || code.length < 3) return null;
  const head = code.slice(0, 3);
  return isCountry(head) ? head : null;
}

/** The role part of a code ("RUSGOV" → "GOV", "GBREDU" → "EDU"), or null. */
export function roleOfCode(code: string, isCountry: (c: string) => boolean): string | null {
  if (code.length === 3 && !isCountry(code)) return code === "---" ? null : code;
  if (code.startsWith("---")) return code.slice(3, 6) || null;
  if (!isCountry(code.slice(0, 3))) return null;
  const rest = code.slice(3, 6);
  return rest.length === 3 ? rest : null;
}

/**
 * A lexicon person's code on a date (YYYY-MM-DD): the code of the office held then (the highest when
 * several), a former office-holder's country + ELI after it, the country alone before any office.
 * Without a date, the latest office counts.
 */
export function personCode(person: Person, date: string | null): { code: string; tenure: Tenure | null } {
  const undated = person.tenures.find((t) => !t.from);
  const dated = person.tenures.filter((t) => t.from);
  if (!date) {
    const current = dated.filter((t) => !t.to).sort((a, b) => rank(a) - rank(b))[0];
    const latest = current ?? [...dated].sort((a, b) => b.to.localeCompare(a.to))[0];
    const t = latest ?? undated ?? person.tenures[0];
    return { code: t.code, tenure: t };
  }
  const now = dated
    .filter((t) => t.from <= date && (!t.to || date < t.to))
    .sort((a, b) => rank(a) - rank(b))[0];
  if (now) return { code: now.code, tenure: now };
  if (undated) return { code: undated.code, tenure: undated };
  const past = dated.filter((t) => t.to && t.to <= date).sort((a, b) => b.to.localeCompare(a.to))[0];
  if (past) {
    // A former head of an IGO is coded by nationality.
    const country = past.country ?? (ISO3.test(past.code.slice(0, 3)) ? past.code.slice(0, 3) : null);
    return { code: country ? `${country}ELI` : past.code, tenure: null };
  }
  const first = [...dated].sort((a, b) => a.from.localeCompare(b.from))[0];
  const country = first?.country ?? null;
  return { code: country ?? first?.code ?? "", tenure: null };
}
