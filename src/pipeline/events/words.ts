import type { Token } from "../doc.js";

/** Closed word classes the coder reasons with: small, fixed English grammar, not lexicon. */

export const NEGATORS = new Set(["not", "n't", "never", "no", "nor", "cannot"]);
export const MODALS = new Set([
  "may",
  "might",
  "could",
  "would",
  "should",
  "can",
  "must",
  "'d",
  "cannot",
  "ought",
]);
export const FUTURE = new Set(["will", "shall", "'ll", "wo"]);
export const CONDITIONALS = new Set(["if", "unless", "whether"]);
export const RELATIVES = new Set(["who", "which", "whom", "whose", "that", "where"]);
/** Words that open a subordinate clause whatever their tag: the subject search stops there. */
export const SUBORDINATORS = new Set([
  "when",
  "while",
  "whereas",
  "because",
  "although",
  "though",
  "since",
  "unless",
  "if",
  "whether",
  "as",
  "so",
]);
export const COORDINATORS = new Set(["and", "but", "or", "&"]);
const CLAUSE_PUNCT = new Set([";", ":", "(", ")", "[", "]", "“", "”", '"', "—", "–", "?", "!"]);

const QUOTE_MARKS = new Set(["“", "”", '"', "‘", "’", "'", "«", "»"]);

/** Quote marks inside a clause ("extend “strong support”") are transparent to right-hand scans. */
export function isQuoteMark(t: Token): boolean {
  return t.pos === "PUNCT" && QUOTE_MARKS.has(t.text);
}

export function isClausePunct(t: Token): boolean {
  return t.pos === "PUNCT" && CLAUSE_PUNCT.has(t.text);
}

/** Tokens that may stand inside a noun group before its head: "the two leaders'", "its", "other". */
export function isNounGroupWord(t: Token, prev?: Token, next?: Token): boolean {
  if (t.norm === "'" || t.norm === "'s") return true; // possessive marks, however tagged
  // Hyphenated compounds ("face-to-face", "long-range") are one word of the group.
  if (t.text === "-" || (next?.text === "-" && !t.spaceAfter) || (prev?.text === "-" && !prev.spaceAfter))
    return true;
  switch (t.pos) {
    case "DET":
    case "ADJ":
    case "NUM":
    case "NOUN":
    case "PROPN":
      return true;
    case "PART":
      return t.norm === "'s" || t.norm === "'";
    case "PRON":
      return /^(his|her|its|their|our|my|your)$/.test(t.norm);
    case "PUNCT":
      return t.text === "-";
    case "VERB":
      // A past participle between a preposition or article and a noun modifies the noun: "with exiled
      // dissidents", "the detained sailors".
      return (
        t.norm.endsWith("ed") &&
        (prev?.pos === "ADP" || prev?.pos === "DET") &&
        (next?.pos === "NOUN" || next?.pos === "PROPN")
      );
    default:
      return false;
  }
}

export function isBe(t: Token): boolean {
  return (
    t.lemma === "be" || t.lemma === "get" || /^(is|are|was|were|be|been|being|'s|'re|got|gets)$/.test(t.norm)
  );
}

/** `isNounGroupWord` at position j of a token array, seeing its neighbours. */
export function ngAt(tokens: Token[], j: number): boolean {
  return isNounGroupWord(tokens[j], tokens[j - 1], tokens[j + 1]);
}

/**
 * Base forms an inflected verb may come from, for when the tagger's lemma is wrong ("staged" → "stag"):
 * "staged" → stage, stag; "stopped" → stop; "carries" → carry; "raising" → raise, rais.
 */
export function baseForms(form: string): string[] {
  const out: string[] = [];
  const strip = (suffix: string) => (form.endsWith(suffix) ? form.slice(0, -suffix.length) : null);
  for (const [suffix, adds] of [
    ["ied", ["y"]],
    ["ies", ["y"]],
    ["ed", ["", "e"]],
    ["ing", ["", "e"]],
    ["es", [""]],
    ["s", [""]],
  ] as const) {
    const stem = strip(suffix);
    if (!stem || stem.length < 2) continue;
    for (const a of adds) out.push(stem + a);
    if (/([bdgklmnprt])\1$/.test(stem)) out.push(stem.slice(0, -1)); // stopped → stop
    if (suffix === "ed" || suffix === "ing") out.push(`${stem}e`);
    break;
  }
  return [...new Set(out)];
}

/**
 * The hyphenated word that ends at token i where the tokenizer split it ("test - fired", "sit - in"):
 * its first token and its spelling with the last part as written and as lemma ("test-fired", "test-fire").
 * Null when token i is not the last part of such a word.
 */
export function hyphenatedEndingAt(
  tokens: Token[],
  i: number,
  from: number,
): { first: number; form: string; lemma: string } | null {
  let first = i;
  while (
    first - 2 >= from &&
    tokens[first - 1].text === "-" &&
    !tokens[first - 1].spaceAfter &&
    !tokens[first - 2].spaceAfter &&
    /^[a-z0-9]/.test(tokens[first - 2].norm)
  ) {
    first -= 2;
  }
  if (first === i) return null;
  let prefix = "";
  for (let k = first; k < i; k++) prefix += tokens[k].norm;
  return { first, form: prefix + tokens[i].norm, lemma: prefix + tokens[i].lemma };
}
