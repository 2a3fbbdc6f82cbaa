import { type DataBundle, dataLines, LexiconError } from "./bundle.js";
import { type ActorSlot, type PatternElement, specificityOf, type VerbPattern } from "./events-pattern.js";

/** Word sets usable in patterns as `&name`: name → alternatives, each a word sequence. */
export type Synsets = Map<string, string[][]>;

const ID = /^[a-z0-9][a-z0-9_.-]*$/;
const CODE = /^\d{2,4}$/;
const FLAGS = new Set(["@recip", "@intent", "@target"]);

/**
 * Parses one pattern file in Dyad's format (`data/en/verbs/README.md`):
 *   id  code  v|n  lemma,lemma  pattern tokens  [@flag ...]  [# comment]
 * `file` is the bundle path ("en/verbs/05.txt"); rules are named "verbs/05#id".
 */
export function parsePatternFile(
  bundle: DataBundle,
  file: string,
  synsets: Synsets,
  validCode: (code: string) => boolean = () => true,
): VerbPattern[] {
  const ruleFile = file.replace(/^en\//, "").replace(/\.txt$/, "");
  const seen = new Set<string>();
  const out: VerbPattern[] = [];
  for (const { line, text } of dataLines(bundle, file)) {
    const fail = (msg: string) => new LexiconError(file, line, msg);
    const body = text.replace(/\s#.*$/, "").trim();
    const cols = body.split(/\s+/);
    if (cols.length < 5) throw fail("expected: id code v|n lemmas pattern");
    const [id, code, kind, lemmaCol, ...rest] = cols;
    if (!ID.test(id)) throw fail(`bad id "${id}" (lower case, digits, . _ -)`);
    if (seen.has(id)) throw fail(`duplicate id "${id}"`);
    seen.add(id);
    if (!CODE.test(code) || !validCode(code)) throw fail(`"${code}" is not a CAMEO code of this file's root`);
    if (kind !== "v" && kind !== "n") throw fail(`kind must be v or n, not "${kind}"`);
    const flags = rest.filter((t) => t.startsWith("@"));
    const tokens = rest.filter((t) => !t.startsWith("@"));
    for (const f of flags) if (!FLAGS.has(f)) throw fail(`unknown flag "${f}"`);
    const lemmas = lemmaCol
      .toLowerCase()
      .split(",")
      .map((l) => l.trim())
      .filter(Boolean);
    if (lemmas.length === 0) throw fail("no lemma");
    const parsed = parsePattern(tokens, synsets, fail);
    out.push({
      rule: `${ruleFile}#${id}`,
      code,
      trigger: kind === "v" ? "verb" : "noun",
      lemmas,
      ...parsed,
      reciprocal: flags.includes("@recip"),
      intent: flags.includes("@intent"),
      targetRequired: flags.includes("@target"),
      specificity: specificityOf(parsed.before, parsed.after),
    });
  }
  return out;
}

function parsePattern(
  tokens: string[],
  synsets: Synsets,
  fail: (msg: string) => Error,
): Pick<VerbPattern, "subject" | "before" | "after"> {
  const star = tokens.indexOf("*");
  if (star < 0 || tokens.lastIndexOf("*") !== star) throw fail("the pattern needs exactly one *");
  let subject: ActorSlot | null = null;
  const before: string[][][] = [];
  for (const [i, t] of tokens.slice(0, star).entries()) {
    const slot = slotOf(t);
    if (slot) {
      if (i !== 0) throw fail(`an actor slot before * must come first ("${t}")`);
      subject = slot;
    } else before.push(wordsOf(t, synsets, fail));
  }
  const after: PatternElement[] = tokens.slice(star + 1).map((t) => {
    const slot = slotOf(t);
    return slot ? { kind: slot } : { kind: "words", alternatives: wordsOf(t, synsets, fail) };
  });
  return { subject, before, after };
}

function slotOf(t: string): ActorSlot | null {
  return t === "$" ? "source" : t === "+" ? "target" : t === "%" ? "both" : null;
}

function wordsOf(t: string, synsets: Synsets, fail: (msg: string) => Error): string[][] {
  const out: string[][] = [];
  for (const alt of t.toLowerCase().split("|")) {
    if (alt.startsWith("&")) {
      const set = synsets.get(alt.slice(1));
      if (!set) throw fail(`unknown word set "${alt}" (define it in verbs/synsets.txt)`);
      out.push(...set);
    } else if (/^[a-z0-9'_.&-]+$/.test(alt)) {
      out.push(...withHyphensSplit(alt.split("_").filter(Boolean)));
    } else {
      throw fail(`bad pattern word "${alt}"`);
    }
  }
  return out;
}

/**
 * Parses `verbs/synsets.txt`: a line `&name` opens a set; the following lines are its members, one
 * word or phrase each (spaces or `_` between words).
 */
export function parseSynsets(bundle: DataBundle, file: string): Synsets {
  const sets: Synsets = new Map();
  let current: string[][] | null = null;
  for (const { line, text } of dataLines(bundle, file)) {
    const t = text.trim();
    if (t.startsWith("&")) {
      const name = t.slice(1).toLowerCase();
      if (!/^[a-z0-9_-]+$/.test(name)) throw new LexiconError(file, line, `bad set name "${t}"`);
      current = [];
      sets.set(name, current);
    } else if (current) {
      current.push(...withHyphensSplit(t.toLowerCase().split(/[\s_]+/)));
    } else {
      throw new LexiconError(file, line, "a member before any &name line");
    }
  }
  return sets;
}

/**
 * A word sequence, and, when a word has an inner hyphen, the same sequence with the hyphen as a token of
 * its own: the tokenizer splits most hyphenated words ("cease-fire" → cease - fire) and keeps others whole.
 */
function withHyphensSplit(words: string[]): string[][] {
  if (!words.some((w) => /[a-z0-9]-[a-z0-9]/.test(w))) return [words];
  return [words, words.flatMap((w) => w.split(/(-)/).filter(Boolean))];
}
