import type { Token } from "../doc.js";
import {
  type Group,
  groupEndingAt,
  groupStartingAt,
  isPronoun,
  isQuoteMark,
  TIME_NOUNS,
  WEEKDAYS,
} from "./chunks.js";
import { beforeVerbGroup, type CueMatch } from "./cues.js";

/**
 * The attribution frame around one cue: who speaks, to whom, and which tokens of the sentence are left
 * for the content, before the frame ("…, he said") and after it ("he said (that) …"). Token ranges are
 * [start, end) within one sentence.
 */
export interface Frame {
  cue: CueMatch;
  speaker: Group | null;
  addressee: Group | null;
  /** First token of the frame (speaker or verb group), and one past its last (cue, hearer, adjuncts). */
  start: number;
  end: number;
  /** Where the content after the frame begins (after "that", ":" or ","), and whether a comma came first. */
  afterStart: number;
  commaAfter: boolean;
  /** The content after the frame is introduced by "that", a question word, a colon or a quotation. */
  introduced: boolean;
  /** For a cue whose content is fixed by the construction (participial clause): [start, end). */
  fixedContent: [number, number] | null;
}

export interface SentenceView {
  tokens: Token[];
  start: number;
  end: number;
  /** Whether token i lies inside quotation marks (the marks included). */
  quoted: (i: number) => boolean;
}

const QUESTION_WORDS = new Set(["whether", "if", "why", "how", "what", "when", "where", "who", "which"]);
const CLAUSE_CONJ = new Set(["and", "but", "or", "yet"]);
const RELATIVE = new Set(["who", "which", "that", "whom", "whose"]);
const TIME_WORDS = new Set([
  ...WEEKDAYS,
  "yesterday",
  "today",
  "tonight",
  "earlier",
  "later",
  "recently",
  "previously",
  "again",
  "also",
  "repeatedly",
  "once",
]);
const ADJUNCT_ADP = new Set(["in", "on", "at", "during", "after", "before", "via", "through", "over"]);
const LAST_NEXT = new Set(["last", "this", "next", "earlier", "late", "early"]);

export function buildFrame(s: SentenceView, cue: CueMatch): Frame {
  const { tokens } = s;
  const vg = beforeVerbGroup(tokens, s.start, cue.start);
  const vgStart = vg.length ? Math.min(...vg) : cue.start;
  let speaker: Group | null = null;
  let addressee: Group | null = null;
  let frameStart = vgStart;
  let frameEnd = cue.end;
  let fixedContent: [number, number] | null = null;

  if (cue.entry.pos === "prep") {
    // "according to X": the speaker follows the cue, up to the comma that closes the phrase
    // ("according to the Afghan ambassador to the United States, Hamdullah Mohib,").
    speaker = groupStartingAt(tokens, cue.end, s.end);
    if (speaker) {
      let k = speaker.end;
      while (
        k < s.end &&
        k - cue.end < 14 &&
        tokens[k].text !== "," &&
        !s.quoted(k) &&
        !isVerbLike(tokens[k])
      )
        k++;
      if (tokens[k]?.text === "," && k - cue.end < 14) speaker = { ...speaker, end: k };
    }
    frameStart = cue.start;
    frameEnd = speaker ? speaker.end : cue.end;
  } else if (cue.participle && isClauseInitial(s, vgStart)) {
    // "Revealing that …, he said …": the participle's subject is the main clause's.
    const comma = clauseComma(s, cue.end);
    if (comma >= 0) {
      speaker = groupStartingAt(tokens, comma + 1, s.end);
      fixedContent = [skipThat(tokens, cue.end, comma), comma];
    }
  } else if (cue.participle) {
    // "…, adding that …", "issued a statement saying …": the subject of the clause before.
    // "with Ryan saying …": a name right before the participle is its subject.
    const own = groupEndingAt(tokens, vgStart - 1, s.start);
    const named = own && (tokens[own.head].pos === "PROPN" || isPronoun(tokens[own.head]));
    speaker = named && tokens[vgStart - 1]?.text !== "," ? own : nearestSubject(s, vgStart);
  } else if (cue.passive) {
    if (tokens[cue.end]?.norm === "by") {
      speaker = groupStartingAt(tokens, cue.end + 1, s.end);
      frameEnd = speaker ? speaker.end : cue.end;
    }
  } else {
    // "Ms Foot, a fellow at Oxford, said" before "…, said the minister": an apposition comes first.
    const beforeComma = tokens[vgStart - 1]?.text === ",";
    const appositive = beforeComma ? pastApposition(s, vgStart - 1) : null;
    const inverted = appositive ? null : invertedSpeaker(s, cue, vgStart);
    if (inverted) {
      speaker = inverted;
      frameEnd = inverted.end;
      // "…,” said Zeynep Tufekci, an assistant professor at the university." — the apposition is the frame's.
      if (tokens[frameEnd]?.text === ",") {
        let k = frameEnd + 1;
        while (k < s.end && !s.quoted(k) && tokens[k].text !== "," && k - frameEnd < 25) k++;
        const ends = k >= s.end - 1 || tokens[k]?.text === "," || s.quoted(k);
        if (ends && isAppositive(tokens, frameEnd + 1, k)) frameEnd = k;
      }
    } else {
      speaker = appositive ?? subjectBefore(s, vgStart, 0);
      // The frame takes in its own subject, but not one shared with an earlier verb ("… and said").
      const shared = CLAUSE_CONJ.has(tokens[vgStart - 1]?.norm ?? "");
      if (speaker && !shared) frameStart = Math.min(frameStart, speaker.start);
    }
  }

  // The hearer: "told Mr Xi", "said to reporters".
  if (cue.entry.addressee === "object" && frameEnd === cue.end) {
    addressee = groupStartingAt(tokens, cue.end, s.end);
    if (addressee && isQuoteMark(tokens[addressee.start])) addressee = null;
  } else if (cue.entry.addressee === "to" && tokens[frameEnd]?.norm === "to") {
    addressee = groupStartingAt(tokens, frameEnd + 1, s.end);
  }
  if (addressee) frameEnd = addressee.end;
  frameEnd = skipAdjuncts(s, frameEnd);

  let afterStart = frameEnd;
  let commaAfter = false;
  if (tokens[afterStart]?.text === ",") {
    commaAfter = true;
    afterStart++;
  }
  let introduced = false;
  if (tokens[afterStart]?.text === ":" || tokens[afterStart]?.text === "—") {
    afterStart++;
    introduced = true;
  } else {
    // "tweeted from his account: “…”": a colon a few words on introduces the content.
    for (let k = afterStart; k < Math.min(s.end, afterStart + 8); k++) {
      if (s.quoted(k) || tokens[k].pos === "VERB" || tokens[k].pos === "AUX") break;
      if (tokens[k].text === ":" && k + 1 < s.end) {
        afterStart = k + 1;
        introduced = true;
        break;
      }
    }
  }
  const beforeThat = afterStart;
  afterStart = skipThat(tokens, afterStart, s.end);
  const first = tokens[afterStart];
  introduced ||=
    afterStart > beforeThat ||
    (first !== undefined && (s.quoted(afterStart) || QUESTION_WORDS.has(first.norm)));
  return {
    cue,
    speaker,
    addressee,
    start: frameStart,
    end: frameEnd,
    afterStart,
    commaAfter,
    introduced,
    fixedContent,
  };
}

function skipThat(tokens: Token[], i: number, end: number): number {
  return i < end && tokens[i].norm === "that" && tokens[i].pos !== "PRON" ? i + 1 : i;
}

/** Only conjunctions, adverbs and quote marks stand before token i in its sentence. */
function isClauseInitial(s: SentenceView, i: number): boolean {
  for (let k = s.start; k < i; k++) {
    const t = s.tokens[k];
    if (!(t.pos === "CCONJ" || t.pos === "ADV" || t.pos === "PUNCT" || t.pos === "SCONJ")) return false;
  }
  return true;
}

/** The comma that closes a sentence-initial participial clause: the next one outside quotation marks followed by a subject. */
function clauseComma(s: SentenceView, from: number): number {
  for (let k = from; k < s.end - 1; k++) {
    if (s.tokens[k].text !== "," || s.quoted(k)) continue;
    const g = groupStartingAt(s.tokens, k + 1, s.end);
    if (g && g.end < s.end && isVerbLike(s.tokens[g.end])) return k;
  }
  return -1;
}

function isVerbLike(t: Token): boolean {
  return t.pos === "VERB" || t.pos === "AUX" || (t.pos === "ADV" && t.norm.endsWith("ly"));
}

/** "…, said the minister." / "“…” said Mr Putin": a speaker after the verb, then the clause ends. */
function invertedSpeaker(s: SentenceView, cue: CueMatch, vgStart: number): Group | null {
  const before = s.tokens[vgStart - 1];
  // "told Mr Xi" takes an object; only right after a quotation is "…,” warned Clinton" inverted.
  if (cue.entry.addressee === "object" && !(before && (isQuoteMark(before) || s.quoted(vgStart - 1))))
    return null;
  const atStart = vgStart === s.start;
  if (!atStart && !(before && (before.text === "," || isQuoteMark(before) || before.text === ":")))
    return null;
  const g = groupStartingAt(s.tokens, cue.end, s.end);
  if (!g || TIME_NOUNS.has(s.tokens[g.head].norm)) return null;
  const next = s.tokens[g.end];
  // After the speaker the clause ends, or a modifier follows ("familiar with", "speaking from").
  const modifier = next && (next.pos === "ADJ" || (next.pos === "VERB" && /(ing|ed)$/.test(next.norm)));
  if (
    g.end < s.end &&
    next &&
    !(next.pos === "PUNCT" || next.pos === "ADP" || RELATIVE.has(next.norm) || modifier)
  )
    return null;
  return g;
}

/** The subject before a verb group starting at token v: a noun group, past an apposition if need be. */
function subjectBefore(s: SentenceView, v: number, depth: number): Group | null {
  const { tokens } = s;
  const k = v - 1;
  if (k < s.start) return null;
  const t = tokens[k];
  if (t.text === ",") return pastApposition(s, k);
  if (CLAUSE_CONJ.has(t.norm)) {
    // "He laughed and said …": the subject of the clause before the conjunction.
    return depth === 0 ? nearestSubject(s, k) : null;
  }
  if (isQuoteMark(t)) return null;
  const g = groupEndingAt(tokens, k, s.start);
  if (!g) return null;
  // "The council on Friday said", "who in 2010 said": a time adjunct stands between subject and verb.
  if (TIME_NOUNS.has(tokens[g.head].norm) || (tokens[g.head].pos === "NUM" && g.end - g.start === 1)) {
    const adp = tokens[g.start - 1];
    if (depth < 2 && adp && adp.pos === "ADP") return subjectBefore(s, g.start - 1, depth + 1);
    if (depth < 2 && adp && LAST_NEXT.has(adp.norm)) return subjectBefore(s, g.start - 1, depth + 1);
    return null;
  }
  // "officials who said": the relative pronoun stands for the group before it.
  if (RELATIVE.has(tokens[g.head].norm) && g.end - g.start === 1) {
    const j = tokens[g.start - 1]?.text === "," ? g.start - 2 : g.start - 1;
    if (j >= s.start) return groupEndingAt(tokens, j, s.start);
    return null;
  }
  return g;
}

/**
 * "Rosemary Foot, a senior fellow at Oxford, told …": the group before the opening comma. Up to three
 * comma-separated appositions or relative clauses are stepped over ("Scott Pruitt, the attorney general
 * of Oklahoma, one of the states suing, said").
 */
function pastApposition(s: SentenceView, comma: number): Group | null {
  const { tokens } = s;
  let close = comma;
  for (let segment = 0; segment < 3; segment++) {
    let open = -1;
    for (let j = close - 1; j >= s.start && close - j <= 30; j--) {
      if (s.quoted(j) || isQuoteMark(tokens[j])) return null;
      if (tokens[j].text === ",") {
        open = j;
        break;
      }
    }
    if (open < 0 || !isAppositive(tokens, open + 1, close)) return null;
    const g = groupEndingAt(tokens, open - 1, s.start);
    if (g && !isPronoun(tokens[g.head]) && !TIME_NOUNS.has(tokens[g.head].norm)) return g;
    // "the attorney general of Oklahoma, one of …, said": that group may itself be an apposition.
    close = open;
  }
  return null;
}

/** Tokens [a, b) can be an apposition or a relative clause: a noun phrase, or "who …", with no finite verb of its own. */
function isAppositive(tokens: Token[], a: number, b: number): boolean {
  const first = tokens[a];
  if (!first || a >= b) return false;
  const relative = RELATIVE.has(first.norm) && first.norm !== "that";
  if (relative) return true;
  const nominal =
    ["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(first.pos) ||
    (first.pos === "PRON" && /^(his|her|their|its)$/.test(first.norm)) ||
    /^[A-Z]/.test(first.text);
  if (!nominal) return false;
  for (let j = a; j < b; j++) {
    const t = tokens[j];
    if (RELATIVE.has(t.norm) && t.norm !== "that") return true; // "the director, whose film …"
    if (t.pos === "AUX") return false;
    if (t.pos === "VERB" && !/(ing|ed|en)$/.test(t.norm)) return false;
  }
  return true;
}

/**
 * The subject of the nearest clause before token `end` ("He laughed and said", "children bash a toy,
 * yelling …"): the closest verb with a subject of its own, else the first verb group's subject.
 */
export function nearestSubject(s: SentenceView, end: number): Group | null {
  for (let j = end - 1; j >= s.start; j--) {
    const t = s.tokens[j];
    if (s.quoted(j) || t.pos !== "VERB" || /ing$/.test(t.norm)) continue;
    const vg = beforeVerbGroup(s.tokens, s.start, j);
    const g = subjectBefore(s, vg.length ? Math.min(...vg) : j, 1);
    if (g && !RELATIVE.has(s.tokens[g.head].norm)) return g;
  }
  return mainSubject(s, end);
}

/** The subject of the clause that ends at token `end`: the first verb group's subject. */
export function mainSubject(s: SentenceView, end: number): Group | null {
  for (let j = s.start; j < end; j++) {
    const t = s.tokens[j];
    if (s.quoted(j)) continue;
    if (t.pos === "VERB" || (t.pos === "AUX" && s.tokens[j + 1]?.pos !== "VERB")) {
      const vg = beforeVerbGroup(s.tokens, s.start, j);
      const g = subjectBefore(s, vg.length ? Math.min(...vg) : j, 1);
      if (g) return g;
    }
  }
  return null;
}

/** Past "in a statement", "on Tuesday", "last week", "also": what stands between a cue and its content. */
function skipAdjuncts(s: SentenceView, from: number): number {
  const { tokens } = s;
  let i = from;
  for (let round = 0; round < 4 && i < s.end; round++) {
    const t = tokens[i];
    if (TIME_WORDS.has(t.norm) || (t.pos === "ADV" && t.norm.endsWith("ly"))) {
      i++;
      // "Friday afternoon", "Tuesday night"
      if (tokens[i] && TIME_NOUNS.has(tokens[i].norm)) i++;
      continue;
    }
    if (
      LAST_NEXT.has(t.norm) &&
      tokens[i + 1] &&
      /^(week|month|year|night|morning|evening|weekend)$/.test(tokens[i + 1].norm)
    ) {
      i += 2;
      continue;
    }
    if (t.pos === "ADP" && ADJUNCT_ADP.has(t.norm)) {
      const g = groupStartingAt(tokens, i + 1, s.end);
      if (g && g.end - i <= 7) {
        i = g.end;
        // "in an interview with CNN", "at a rally in Ohio"
        if (tokens[i]?.pos === "ADP" && ["with", "in", "on", "at", "to", "of"].includes(tokens[i].norm)) {
          const g2 = groupStartingAt(tokens, i + 1, s.end);
          if (g2 && g2.end - i <= 6) i = g2.end;
        }
        continue;
      }
    }
    break;
  }
  return i;
}
