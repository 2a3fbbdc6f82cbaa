import type { Token } from "../doc.js";
import { type Group, groupEndingAt, groupStartingAt, isPronoun, isQuoteMark } from "./chunks.js";
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

const CLAUSE_CONJ = new Set(["and", "but", "or", "yet"]);
const RELATIVE = new Set(["who", "which", "that", "whom", "whose"]);
const TIME_WORDS = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
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
const ADJUNCT_ADP = new Set(["in", "on", "at", "during", "after", "before", "via", "through", "over", "in"]);
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
    // "according to X": the speaker follows the cue.
    speaker = groupStartingAt(tokens, cue.end, s.end);
    frameStart = cue.start;
    frameEnd = speaker ? speaker.end : cue.end;
  } else if (cue.participle && isClauseInitial(s, vgStart)) {
    // "Revealing that …, he said …": the participle's subject is the main clause's.
    const comma = clauseComma(s, cue.end);
    if (comma >= 0) {
      speaker = groupStartingAt(tokens, comma + 1, s.end);
      fixedContent = [skipThat(tokens, cue.end, comma), comma];
    }
  } else if (cue.participle && tokens[vgStart - 1]?.text === ",") {
    // "…, adding that …": the subject of the clause before.
    speaker = mainSubject(s, vgStart - 1);
  } else if (cue.passive) {
    if (tokens[cue.end]?.norm === "by") {
      speaker = groupStartingAt(tokens, cue.end + 1, s.end);
      frameEnd = speaker ? speaker.end : cue.end;
    }
  } else {
    const inverted = invertedSpeaker(s, cue, vgStart);
    if (inverted) {
      speaker = inverted;
      frameEnd = inverted.end;
    } else {
      speaker = subjectBefore(s, vgStart, 0);
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
  if (tokens[afterStart]?.text === ":" || tokens[afterStart]?.text === "—") afterStart++;
  afterStart = skipThat(tokens, afterStart, s.end);
  return { cue, speaker, addressee, start: frameStart, end: frameEnd, afterStart, commaAfter, fixedContent };
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
  if (cue.entry.addressee === "object") return null;
  const before = s.tokens[vgStart - 1];
  const atStart = vgStart === s.start;
  if (!atStart && !(before && (before.text === "," || isQuoteMark(before) || before.text === ":")))
    return null;
  const g = groupStartingAt(s.tokens, cue.end, s.end);
  if (!g) return null;
  const next = s.tokens[g.end];
  if (g.end < s.end && next && !(next.pos === "PUNCT" || next.pos === "ADP" || RELATIVE.has(next.norm)))
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
  if (CLAUSE_CONJ.has(t.norm) && depth === 0) {
    // "He laughed and said …": the subject of the verb before the conjunction.
    for (let j = k - 1; j >= s.start; j--) {
      if (tokens[j].pos === "VERB" && !s.quoted(j)) {
        const vg = beforeVerbGroup(tokens, s.start, j);
        return subjectBefore(s, vg.length ? Math.min(...vg) : j, depth + 1);
      }
      if (tokens[j].text === "." || tokens[j].text === ";") break;
    }
    return null;
  }
  if (isQuoteMark(t)) return null;
  const g = groupEndingAt(tokens, k, s.start);
  if (!g) return null;
  // "officials who said": the relative pronoun stands for the group before it.
  if (RELATIVE.has(tokens[g.head].norm) && g.end - g.start === 1) {
    const j = tokens[g.start - 1]?.text === "," ? g.start - 2 : g.start - 1;
    if (j >= s.start) return groupEndingAt(tokens, j, s.start);
    return null;
  }
  return g;
}

/** "Rosemary Foot, a senior fellow at Oxford, told …": the group before the opening comma. */
function pastApposition(s: SentenceView, comma: number): Group | null {
  const { tokens } = s;
  let open = -1;
  for (let j = comma - 1; j >= s.start && comma - j <= 30; j--) {
    if (s.quoted(j) || isQuoteMark(tokens[j])) return null;
    if (tokens[j].text === ",") {
      open = j;
      break;
    }
  }
  if (open < 0) return null;
  const first = tokens[open + 1];
  const relative = RELATIVE.has(first.norm) && first.norm !== "that";
  if (!relative) {
    if (
      !["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(first.pos) &&
      !(first.pos === "PRON" && /^(his|her|their|its)$/.test(first.norm))
    )
      return null;
    for (let j = open + 1; j < comma; j++)
      if (tokens[j].pos === "VERB" || tokens[j].pos === "AUX") return null;
  }
  const g = groupEndingAt(tokens, open - 1, s.start);
  return g && !isPronoun(tokens[g.head]) ? g : null;
}

/** The subject of the clause that ends at token `end`: the first verb group's subject. */
function mainSubject(s: SentenceView, end: number): Group | null {
  for (let j = s.start; j < end; j++) {
    const t = s.tokens[j];
    if (s.quoted(j)) continue;
    if (t.pos === "VERB" || (t.pos === "AUX" && s.tokens[j + 1]?.pos !== "VERB")) {
      const vg = beforeVerbGroup(s.tokens, s.start, j);
      const g = subjectBefore(s, vg.length ? Math.min(...vg) : j, 0);
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
