import type { Token } from "../doc.js";

/**
 * Noun groups found by walking tokens: enough shallow syntax to name a speaker or a hearer next to a
 * reporting verb ("Mr Putin", "the Chinese government readout", "a spokesman for the ministry",
 * "Gov. Mike Pence (R-IN)", "he"). Ranges are token indexes [start, end).
 */
export interface Group {
  start: number;
  end: number;
  /** The token that carries the group's meaning (the last noun of the first group: "spokesman"). */
  head: number;
}

const NOMINAL = new Set(["NOUN", "PROPN", "NUM"]);
const MODIFIER = new Set(["DET", "ADJ", "NUM", "PROPN", "NOUN"]);
/** Nouns of time, never a speaker: "said Thursday morning", "the council on Friday said". */
export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
export const TIME_NOUNS = new Set([
  ...WEEKDAYS,
  "today",
  "yesterday",
  "morning",
  "afternoon",
  "evening",
  "night",
  "week",
  "weekend",
  "month",
  "year",
  "time",
  "day",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "jan.",
  "feb.",
  "aug.",
  "sept.",
  "oct.",
  "nov.",
  "dec.",
]);

/** Prepositions that tie a noun group to the one before it as a modifier ("the head of the agency"). */
const LINKING_ADP = new Set(["of", "for", "at", "from", "with", "in", "after", "on"]);
const PRONOUNS = new Set([
  "he",
  "she",
  "they",
  "it",
  "we",
  "i",
  "you",
  "who",
  "which",
  "this",
  "that",
  "one",
]);
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its", "our", "my", "your"]);
const POSSESSIVE = new Set(["'s", "'", "s"]);
const QUOTE_MARKS = new Set(["“", "”", '"', "‘", "’", "'", "«", "»", "„"]);

export const isQuoteMark = (t: Token) => QUOTE_MARKS.has(t.text);

export function isPronoun(t: Token): boolean {
  return t.pos === "PRON" && PRONOUNS.has(t.norm);
}

/** A word that can stand inside a name: "Gov.", "Jr.", "al-Assad", "U.S.". */
function isNamePart(t: Token): boolean {
  if (MODIFIER.has(t.pos)) return true;
  if (t.pos === "PART" && POSSESSIVE.has(t.norm)) return true;
  if (t.pos === "PRON" && POSSESSIVE_PRONOUNS.has(t.norm)) return true;
  // Capitalised words the tagger took for something else: "Lynch" and "Don" read as verbs.
  return /^[A-Z][\p{L}'’.-]*$/u.test(t.text) && !FUNCTION_POS.has(t.pos);
}

const FUNCTION_POS = new Set(["ADP", "CCONJ", "SCONJ", "PRON", "PART", "PUNCT", "DET", "INTJ"]);

/** The noun group that ends at token `end` (inclusive), or null if that token cannot end one. */
export function groupEndingAt(tokens: Token[], end: number, floor: number): Group | null {
  const last = tokens[end];
  if (!last) return null;
  if (isPronoun(last)) return { start: end, end: end + 1, head: end };
  let i = end;
  // "Gov. Mike Pence (R-IN)": a bracket right after a name belongs to it.
  if (last.text === ")") {
    let j = end - 1;
    while (j > floor && tokens[j].text !== "(" && end - j < 8) j--;
    if (tokens[j]?.text !== "(") return null;
    i = j - 1;
  }
  const headToken = tokens[i];
  if (!headToken || !(NOMINAL.has(headToken.pos) || (isNamePart(headToken) && headToken.pos !== "DET")))
    return null;
  const head = i;
  let start = i;
  for (let j = i - 1; j >= floor && i - j < 12; j--) {
    const t = tokens[j];
    if (isNamePart(t)) {
      start = j;
      if (t.pos === "DET") break;
      continue;
    }
    // "Google and Yahoo", "Smith & Wesson": a conjunction between two names.
    if (
      (t.norm === "and" || t.norm === "&") &&
      tokens[j - 1]?.pos === "PROPN" &&
      tokens[j + 1]?.pos === "PROPN"
    ) {
      continue;
    }
    // "Secretary of State John Kerry", "-" inside a compound.
    if (
      (t.norm === "of" || t.norm === "-") &&
      tokens[j - 1] &&
      NOMINAL.has(tokens[j - 1].pos) &&
      tokens[j + 1]?.pos === "PROPN"
    ) {
      continue;
    }
    break;
  }
  if (start > head) return null;
  // A leading conjunction or possessive mark never starts a group.
  while (start < head && (tokens[start].pos === "CCONJ" || tokens[start].pos === "PART")) start++;
  const group: Group = { start, end: end + 1, head };
  return extendLeftOverModifierPhrase(tokens, group, floor);
}

/** "a spokesman for the ministry said": the group before a linking preposition is the real head. */
function extendLeftOverModifierPhrase(tokens: Token[], group: Group, floor: number): Group {
  const adp = tokens[group.start - 1];
  if (!adp || group.start - 1 <= floor || !LINKING_ADP.has(adp.norm) || adp.pos !== "ADP") return group;
  if (TIME_NOUNS.has(tokens[group.head].norm) || tokens[group.head].pos === "NUM") return group;
  const before = groupEndingAt(tokens, group.start - 2, floor);
  if (!before || isPronoun(tokens[before.head])) return group;
  return { start: before.start, end: group.end, head: before.head };
}

/** The noun group that starts at token `start`, or null. */
export function groupStartingAt(tokens: Token[], start: number, ceiling: number): Group | null {
  const first = tokens[start];
  if (!first || start >= ceiling) return null;
  if (isPronoun(first) || first.pos === "PRON") {
    if (first.norm === "his" || first.norm === "her" || first.norm === "their" || first.norm === "its") {
      // a possessive opens a longer group: "his spokesman"
    } else return { start, end: start + 1, head: start };
  }
  let end = start;
  let head = -1;
  for (let j = start; j < ceiling && j - start < 12; j++) {
    const t = tokens[j];
    // "told reporters the ceasefire …": a determiner after the head opens another group.
    if (head >= 0 && (t.pos === "DET" || (t.pos === "PRON" && j > start))) break;
    if (isNamePart(t) || (j === start && t.pos === "PRON")) {
      end = j + 1;
      if (NOMINAL.has(t.pos) || (t.pos !== "DET" && t.pos !== "ADJ" && /^[A-Z]/.test(t.text))) head = j;
      continue;
    }
    if (t.text === "(" && head >= 0) {
      let k = j + 1;
      while (k < ceiling && tokens[k].text !== ")" && k - j < 8) k++;
      if (tokens[k]?.text === ")") {
        end = k + 1;
        j = k;
        continue;
      }
    }
    if (
      (t.norm === "and" || t.norm === "&" || t.norm === "of") &&
      head >= 0 &&
      tokens[j + 1]?.pos === "PROPN"
    )
      continue;
    break;
  }
  if (head < 0) return null;
  return { start, end, head };
}
