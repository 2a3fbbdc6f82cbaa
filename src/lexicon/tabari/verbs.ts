import { dictLines, phraseWords, withPlural } from "./lines.js";
import type {
  EventCode,
  PatternItem,
  PetrarchIssue,
  Synset,
  VerbDictionary,
  VerbEntry,
  VerbFamily,
  VerbPatternEntry,
} from "./types.js";

/**
 * Parses a PETRARCH verb dictionary (`*.verbs.txt`, `*verbpatterns*.txt`): synsets (`&NAME` and
 * `+member` lines), then verb families (`--- NAME [code] ---`, verb lines, `- pattern [code]` lines).
 * A bad line is reported in `issues` and skipped; a pattern naming an undefined synset is skipped
 * too, as PETRARCH does.
 */
export function parseVerbDictionary(content: string, file: string, issues: PetrarchIssue[]): VerbDictionary {
  const synsets = new Map<string, Synset>();
  const families: VerbFamily[] = [];
  /** Synsets whose name ends in `_`: no plurals are made for their phrases. */
  const noPlural = new Set<string>();
  let synset: Synset | null = null;
  let family: VerbFamily | null = null;
  const report = (line: number, message: string) => issues.push({ file, line, message });

  for (const { line, text } of dictLines(content, file, issues)) {
    const t = text.trim();
    if (t === "") {
      synset = null;
      continue;
    }
    if (t.startsWith("&")) {
      const name = synsetName(t);
      if (!name) {
        report(line, `bad synset name "${t}": write &NAME`);
        synset = null;
        continue;
      }
      synset = { line, name: name.name, phrases: [] };
      if (!name.plural) noPlural.add(name.name);
      synsets.set(name.name, synset);
      family = null;
      continue;
    }
    if (t.startsWith("---")) {
      synset = null;
      family = parseFamilyHeader(t, line, report);
      if (family) families.push(family);
      continue;
    }
    if (synset && t.startsWith("+")) {
      addSynsetMember(synset, t.slice(1), !noPlural.has(synset.name), synsets, line, report);
      continue;
    }
    synset = null;
    if (!family) {
      report(line, `"${t}" stands outside any verb block (--- NAME [code] ---) or synset; skipped`);
      continue;
    }
    if (t.startsWith("-")) {
      const p = parsePattern(t.slice(1).trim(), line, synsets, report);
      if (p) family.patterns.push(p);
    } else {
      const v = parseVerbLine(t, line, report);
      if (v) family.verbs.push(v);
    }
  }
  return { synsets, families };
}

function synsetName(t: string): { name: string; plural: boolean } | null {
  const m = /^&([A-Za-z0-9_-]+)$/.exec(t.split(/\s+/)[0]);
  if (!m) return null;
  const raw = m[1];
  return { name: raw.replace(/_+$/, "").toUpperCase(), plural: !raw.endsWith("_") };
}

function addSynsetMember(
  synset: Synset,
  member: string,
  plurals: boolean,
  synsets: Map<string, Synset>,
  line: number,
  report: (line: number, msg: string) => void,
): void {
  const m = member.trim();
  if (m.startsWith("&")) {
    // A synset inside a synset: PETRARCH does not allow it; Dyad expands one defined earlier.
    const inner = synsets.get(m.slice(1).replace(/_+$/, "").toUpperCase());
    if (!inner) {
      report(line, `synset ${m} is used before it is defined; member skipped`);
      return;
    }
    synset.phrases.push(...inner.phrases);
    return;
  }
  if (/[$+%^*&]/.test(m)) {
    report(line, `a synset member holds only words, not "${m}"; skipped`);
    return;
  }
  const words = phraseWords(m);
  if (words.length === 0) return;
  const plural = plurals && !m.endsWith("_");
  synset.phrases.push(...withPlural(words, plural));
}

/** "--- GRANT [070] ---", "--- DELAY [120] [031:031] ---": the first code is the family's. */
function parseFamilyHeader(
  t: string,
  line: number,
  report: (line: number, msg: string) => void,
): VerbFamily | null {
  const body = t
    .replace(/^-+/, "")
    .replace(/-+\s*$/, "")
    .trim();
  const codeMatch = /\[([^\]]*)\]/.exec(body);
  const name = (codeMatch ? body.slice(0, codeMatch.index) : body).trim();
  if (!name) {
    report(line, `a verb block header needs a name: --- NAME [code] ---`);
    return null;
  }
  const code = codeMatch ? parseCode(codeMatch[1]) : { code: null, reverse: null };
  if (!code) {
    report(line, `bad code "[${codeMatch?.[1]}]" in block header; block kept with the null code`);
  }
  return { line, name, code: code ?? { code: null, reverse: null }, verbs: [], patterns: [] };
}

/** "064" → 064; "032:033" → 032 and reverse 033; "---" → null code. */
export function parseCode(s: string): EventCode | null {
  const t = s.trim();
  if (t === "") return null;
  const [a, b, extra] = t.split(":").map((x) => x.trim());
  if (extra !== undefined || !a || /\s/.test(a) || (b !== undefined && (b === "" || /\s/.test(b))))
    return null;
  const norm = (c: string) => (c === "---" ? null : c);
  return { code: norm(a), reverse: b === undefined ? null : norm(b) };
}

/** A verb line: `WORD`, `WORD {IRREGULAR FORMS}`, `+WORD_PARTICLE {...}`, `WIRE_+TAP`, `... [code]`. */
function parseVerbLine(
  t: string,
  line: number,
  report: (line: number, msg: string) => void,
): VerbEntry | null {
  let rest = t;
  let code: EventCode | null = null;
  const codeMatch = /\[([^\]]*)\]/.exec(rest);
  if (codeMatch) {
    code = parseCode(codeMatch[1]);
    if (!code) {
      report(line, `bad code "[${codeMatch[1]}]" on verb line; skipped`);
      return null;
    }
    rest = (rest.slice(0, codeMatch.index) + rest.slice(codeMatch.index + codeMatch[0].length)).trim();
  }
  let irregular: string[] | null = null;
  const braces = /\{([^}]*)\}/.exec(rest);
  if (braces) {
    irregular = braces[1].split(/\s+/).filter(Boolean);
    rest = (rest.slice(0, braces.index) + rest.slice(braces.index + braces[0].length)).trim();
  } else if (/[{}]/.test(rest)) {
    report(line, `unbalanced { } in verb line "${t}"; skipped`);
    return null;
  }
  if (!/^\+?[A-Za-z'-]+([_ ]\+?[A-Za-z'-]+)*_?$/.test(rest)) {
    report(line, `"${t}" is not a verb line (WORD, WORD {FORMS}, +WORD_PARTICLE, ... [code]); skipped`);
    return null;
  }
  const parts = rest.replace(/_+$/, "").split(/[_ ]+/);
  let head = parts.findIndex((p) => p.startsWith("+"));
  if (head < 0) head = 0;
  const phrase = parts.map((p) => p.replace(/^\+/, "").toLowerCase());
  const forms: string[][] = [phrase];
  for (const f of regularForms(phrase[head])) forms.push(replaceAt(phrase, head, f));
  for (const form of irregular ?? []) {
    const words = form
      .replace(/_+$/, "")
      .split("_")
      .map((w) => w.replace(/^\+/, "").toLowerCase())
      .filter(Boolean);
    if (words.length > 0) forms.push(words);
  }
  return { line, phrase, head, forms: dedupe(forms), code };
}

function replaceAt(words: string[], i: number, w: string): string[] {
  const out = [...words];
  out[i] = w;
  return out;
}

function dedupe(forms: string[][]): string[][] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const k = f.join(" ");
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Regular verb forms as PETRARCH makes them: -s/-es/-ies, -ed/-d/-ied, -ing (dropping a final e). */
export function regularForms(verb: string): string[] {
  const v = verb.toLowerCase();
  const consonantY = /[^aeiou]y$/.test(v);
  const s = consonantY ? `${v.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/.test(v) ? `${v}es` : `${v}s`;
  const ed = consonantY ? `${v.slice(0, -1)}ied` : v.endsWith("e") ? `${v}d` : `${v}ed`;
  const ing = v.endsWith("e") && !v.endsWith("ee") ? `${v.slice(0, -1)}ing` : `${v}ing`;
  return [s, ed, ing];
}

/** `- SAID + MUST * POLICY [100]`: items before and after the verb `*`, joined where written with `_`. */
function parsePattern(
  body: string,
  line: number,
  synsets: Map<string, Synset>,
  report: (line: number, msg: string) => void,
): VerbPatternEntry | null {
  const codeMatch = /\[([^\]]*)\]\s*$/.exec(body);
  if (!codeMatch) {
    report(line, `pattern "${body}" has no [code]; skipped`);
    return null;
  }
  const code = parseCode(codeMatch[1]);
  if (!code) {
    report(line, `bad code "[${codeMatch[1]}]" in pattern; skipped`);
    return null;
  }
  const text = body.slice(0, codeMatch.index).trim();
  if (/[{}()|]/.test(text)) {
    report(line, `pattern "${text}" uses a disjunctive set: PETRARCH skips these (use a synset); skipped`);
    return null;
  }
  // Each space-separated token is one or more `_`-joined parts.
  const items: (PatternItem | "verb")[] = [];
  const joinedAfter: boolean[] = [];
  for (const token of text.split(/\s+/).filter(Boolean)) {
    // A final `_` marks a complete word: Dyad matches whole words anyway, so it is dropped.
    const words = token.split("_").filter((p) => p !== "");
    words.forEach((p, k) => {
      const joined = k < words.length - 1;
      if (p === "*") items.push("verb");
      else {
        const item = patternItem(p, joined, synsets);
        if (typeof item === "string") {
          report(line, `${item} in pattern "${text}"; skipped`);
          items.push({ element: { kind: "word", word: "\u0000" }, joined });
        } else items.push(item);
      }
      joinedAfter.push(joined);
    });
  }
  if (items.some((i) => i !== "verb" && i.element.kind === "word" && i.element.word === "\u0000"))
    return null;
  const star = items.indexOf("verb");
  if (star < 0 || items.lastIndexOf("verb") !== star) {
    report(line, `pattern "${text}" needs exactly one * (the verb); skipped`);
    return null;
  }
  const before = items.slice(0, star) as PatternItem[];
  const after = items.slice(star + 1) as PatternItem[];
  return {
    line,
    before,
    joinedToVerb: star > 0 && joinedAfter[star - 1],
    verbJoined: joinedAfter[star],
    after,
    code,
    text,
  };
}

function patternItem(p: string, joined: boolean, synsets: Map<string, Synset>): PatternItem | string {
  switch (p) {
    case "$":
      return { element: { kind: "source" }, joined };
    case "+":
      return { element: { kind: "target" }, joined };
    case "%":
      return { element: { kind: "compound" }, joined };
    case "^":
      return { element: { kind: "skip" }, joined };
  }
  if (p.startsWith("&")) {
    const name = p.slice(1).toUpperCase();
    if (!synsets.has(name)) return `undefined synset &${name}`;
    return { element: { kind: "synset", name }, joined };
  }
  if (!/^[A-Za-z0-9'.,-]+$/.test(p)) return `bad word "${p}"`;
  return { element: { kind: "word", word: p.toLowerCase() }, joined };
}
