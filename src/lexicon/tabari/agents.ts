import { dictLines, regularPlural } from "./lines.js";
import type { AgentEntry, PetrarchIssue } from "./types.js";

/**
 * Parses a PETRARCH agent dictionary: substitution sets (`!PERSON! = MAN, MEN, WOMAN`) and entries
 * `PHRASE {PLURAL} [~CODE]` (or `[CODE~]` for a code that goes before the actor's). A `_` joins
 * words that must be consecutive; a space lets others stand between. Regular plurals are made unless
 * `{}` is given; a `!SET!` marker expands to each member, with no plural added.
 */
export function parseAgentDictionary(content: string, file: string, issues: PetrarchIssue[]): AgentEntry[] {
  const sets = new Map<string, string[]>();
  const out: AgentEntry[] = [];
  const report = (line: number, message: string) => issues.push({ file, line, message });
  for (const { line, text } of dictLines(content, file, issues)) {
    const t = text.trim();
    if (t === "") continue;
    const set = /^!([A-Za-z0-9_]+)!\s*=\s*(.*)$/.exec(t);
    if (set) {
      const members = set[2]
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      if (members.length === 0) report(line, `substitution set !${set[1]}! has no members; skipped`);
      else sets.set(set[1].toUpperCase(), members);
      continue;
    }
    const m = /^(.*?)\s*(?:\{([^}]*)\})?\s*\[\s*([^\]]*?)\s*\]$/.exec(t);
    if (!m?.[1]) {
      report(line, `"${t}" is not an agent line (PHRASE {PLURAL} [~CODE]); skipped`);
      continue;
    }
    const [, phrase, pluralText, codeText] = m;
    const code = /^~([A-Za-z0-9]+)$/.exec(codeText) ?? /^([A-Za-z0-9]+)~$/.exec(codeText);
    if (!code) {
      report(line, `bad agent code "[${codeText}]": write [~CODE] or [CODE~]; skipped`);
      continue;
    }
    const prefix = codeText.endsWith("~");
    const marker = /!([A-Za-z0-9_]+)!/.exec(phrase);
    if (marker) {
      const members = sets.get(marker[1].toUpperCase());
      if (!members) {
        report(line, `undefined substitution set !${marker[1]}!; skipped`);
        continue;
      }
      for (const member of members) {
        const expanded = phrase.replace(marker[0], member);
        out.push({ line, ...phraseOf(expanded), code: code[1], prefix, plural: /MEN$|S$/i.test(member) });
      }
      continue;
    }
    const singular = phraseOf(phrase);
    if (/[[\]{}~!]/.test(singular.words.join(""))) {
      report(line, `bad agent phrase "${phrase}"; skipped`);
      continue;
    }
    out.push({ line, ...singular, code: code[1], prefix, plural: false });
    if (pluralText === undefined) {
      const last = singular.words.length - 1;
      const words = [...singular.words];
      words[last] = regularPlural(words[last]);
      out.push({ line, words, gaps: singular.gaps, code: code[1], prefix, plural: true });
    } else if (pluralText.trim() !== "") {
      for (const p of pluralText.trim().split(/\s+/)) {
        out.push({ line, ...phraseOf(p), code: code[1], prefix, plural: true });
      }
    }
  }
  return out;
}

/** Words of an agent phrase and, between each pair, whether other words may stand there. */
function phraseOf(phrase: string): { words: string[]; gaps: boolean[] } {
  const words: string[] = [];
  const gaps: boolean[] = [];
  for (const [i, token] of phrase.trim().split(/\s+/).entries()) {
    if (i > 0) gaps.push(true);
    token
      .split("_")
      .filter(Boolean)
      .forEach((w, k) => {
        if (k > 0) gaps.push(false);
        words.push(w.toLowerCase());
      });
  }
  return { words, gaps };
}
