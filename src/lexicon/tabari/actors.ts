import { dictLines, normalizeDictDate, phraseWords } from "./lines.js";
import type { ActorEntry, DatedCode, PetrarchIssue } from "./types.js";

/**
 * Parses a PETRARCH actor dictionary: records of a primary phrase (`PHRASE [CODE]`), synonyms
 * (`+PHRASE`), and date restrictions on indented lines (`[CODE <date]`, `[CODE >date]`,
 * `[CODE date-date]`, or `[CODE]` for the default). Bad lines are reported and skipped.
 */
export function parseActorDictionary(content: string, file: string, issues: PetrarchIssue[]): ActorEntry[] {
  const out: ActorEntry[] = [];
  let current: ActorEntry | null = null;
  const report = (line: number, message: string) => issues.push({ file, line, message });
  for (const { line, text } of dictLines(content, file, issues)) {
    const t = text.trim();
    if (t === "") continue;
    if (/^\s/.test(text) && t.startsWith("[")) {
      // A date restriction (or default code) for the record above.
      if (!current) {
        report(line, `a code line "${t}" before any actor; skipped`);
        continue;
      }
      for (const group of t.match(/\[[^\]]*\]|[^\s[\]]+/g) ?? []) {
        const code = parseDatedCode(group);
        if (typeof code === "string") report(line, `${code}; skipped`);
        else current.codes.push(code);
      }
      continue;
    }
    const synonym = t.startsWith("+");
    const body = synonym ? t.slice(1).trim() : t;
    const bracket = body.indexOf("[");
    const phraseText = (bracket >= 0 ? body.slice(0, bracket) : body).trim();
    const words = phraseWords(phraseText);
    if (words.length === 0 || /[[\]{}<>]/.test(phraseText)) {
      report(
        line,
        `"${t}" is not an actor line (PHRASE [CODE], +PHRASE, or an indented [CODE date]); skipped`,
      );
      continue;
    }
    if (synonym && !current) {
      report(line, `synonym "${t}" before any actor; skipped`);
      continue;
    }
    if (!synonym) {
      current = { line, phrases: [], codes: [] };
      out.push(current);
    }
    const entry = current as ActorEntry;
    entry.phrases.push(words);
    // One or more codes may follow the phrase: "[IGOUNO 820101-911231] [ELI]".
    for (const group of bracket >= 0 ? (body.slice(bracket).match(/\[[^\]]*\]|[^\s[\]]+/g) ?? []) : []) {
      const code = parseDatedCode(group);
      if (typeof code === "string") report(line, `${code}; the phrase is kept without it`);
      else entry.codes.push(code);
    }
  }
  for (const a of out) {
    if (a.codes.length === 0)
      issues.push({ file, line: a.line, message: `actor "${a.phrases[0].join(" ")}" has no code; skipped` });
  }
  return out.filter((a) => a.codes.length > 0);
}

const CODE = /^[A-Za-z0-9/+#-]+$/;

/** "[HOBGOV 19950601 - 19990815]", "[HOB <950601]", "[RUS]" → a dated code, or a message. */
export function parseDatedCode(t: string): DatedCode | string {
  const m = /^\[([^\]]*)\]\s*$/.exec(t);
  if (!m) return `bad code "${t}": write [CODE] or [CODE date-restriction]`;
  const inner = m[1].trim();
  const sp = inner.search(/[\s<>]/);
  const code = sp < 0 ? inner : inner.slice(0, sp);
  const restriction = sp < 0 ? "" : inner.slice(sp).replace(/\s+/g, "");
  if (!code || !CODE.test(code)) return `bad actor code "${code}" in "${t}"`;
  if (restriction === "") return { code, from: null, to: null };
  let r: RegExpExecArray | null = /^<(\d+)$/.exec(restriction);
  if (r) {
    const to = normalizeDictDate(r[1]);
    return to ? { code, from: null, to } : badDate(t);
  }
  r = /^>(\d+)$/.exec(restriction);
  if (r) {
    const from = normalizeDictDate(r[1]);
    return from ? { code, from, to: null } : badDate(t);
  }
  r = /^(\d+)-(\d+)$/.exec(restriction);
  if (r) {
    const from = normalizeDictDate(r[1]);
    const to = normalizeDictDate(r[2]);
    return from && to ? { code, from, to } : badDate(t);
  }
  return badDate(t);
}

function badDate(t: string): string {
  return `bad date restriction in "${t}": use <YYYYMMDD, >YYYYMMDD or YYYYMMDD-YYYYMMDD (or YYMMDD)`;
}

/**
 * The code an actor takes on a date (YYYYMMDD): the first restriction that holds, else the default
 * (an unrestricted code), else null. Bounds are inclusive, as in PETRARCH.
 */
export function codeOn(codes: DatedCode[], date: string | null): string | null {
  if (date) {
    for (const c of codes) {
      if (c.from === null && c.to === null) continue;
      if ((c.from === null || date >= c.from) && (c.to === null || date <= c.to)) return c.code;
    }
  }
  return codes.find((c) => c.from === null && c.to === null)?.code ?? null;
}
