import { foldKey } from "../../lexicon/actors/forms.js";
import type { ActorLexicon, Person } from "../../lexicon/actors.js";
import type { Doc } from "../doc.js";
import type { ComposeState } from "./compose.js";
import type { MentionInfo } from "./info.js";
import { capitalised, isPossessive, type Unit } from "./units.js";

/** Small words inside names: "Mohammed bin Salman", "Luiz Inácio Lula da Silva", "Ursula von der Leyen". */
const PARTICLES = new Set([
  "bin",
  "ibn",
  "al",
  "el",
  "de",
  "da",
  "dos",
  "das",
  "do",
  "di",
  "du",
  "van",
  "von",
  "der",
  "den",
  "le",
  "la",
  "abu",
  "ben",
  "y",
]);
const NOT_IN_NAMES = new Set(["DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PUNCT", "NUM", "PART", "SYM"]);
/** Capitalised words that are never part of a person's name. */
const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday)$/;

/**
 * A run of capitalised words from unit k that can be a person's name (at most five words): plain
 * tokens only, with name particles and hyphens inside ("Fazl-ur-Rehman") and initials ("F.W.").
 */
export function nameRun(
  doc: Doc,
  units: Unit[],
  k: number,
  firstIsPlace = false,
): { words: string[]; next: number } | null {
  const tokens = doc.tokens;
  let j = k;
  let last = -1;
  while (j < units.length) {
    // A lexicon word inside a name is still part of it when it is only a place ("Alejandro Rivera").
    const placeWord =
      units[j].end - units[j].start === 1 && units[j].entries.every((e) => e.type === "place");
    if (units[j].entries.length > 0 && !(placeWord && (j > k || firstIsPlace))) break;
    const t = tokens[units[j].start];
    if (isPossessive(tokens, units[j].start)) break;
    const glued = j > k && tokens[units[j].start - 1].end === t.start;
    const word = capitalised(t) && !NOT_IN_NAMES.has(t.pos) && !CALENDAR.test(t.norm);
    const particle = PARTICLES.has(t.norm) && j > k;
    const hyphen = t.norm === "-" && glued;
    // "Fazl-ur-Rehman": a piece glued to a hyphen belongs to the name, whatever its case.
    const gluedPiece = glued && tokens[units[j].start - 1].norm === "-" && /^\p{L}/u.test(t.text);
    if (word || gluedPiece) last = j;
    else if (!particle && !hyphen) break;
    j++;
    if (j - k > 8) break;
  }
  if (last < k) return null;
  const text = doc.text.slice(tokens[units[k].start].start, tokens[units[last].end - 1].end);
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > 5) return null;
  return { words, next: last + 1 };
}

const TOP_OFFICE =
  /^(President|Prime Minister|Chancellor|King|Queen|Emir|Supreme Leader|Premier|Foreign Minister|Secretary of State|Foreign Secretary|Secretary-General)$/;

function tenureOn(t: { from: string; to: string }, date: string | null): boolean {
  if (!date) return Boolean(t.from) && !t.to;
  return Boolean(t.from) && t.from <= date && (!t.to || date < t.to);
}

/** Whether the person held some office on the date (YYYY-MM-DD). */
export function inOffice(person: Person, date: string | null): boolean {
  if (!date) return person.tenures.some((t) => t.from && !t.to);
  return person.tenures.some((t) => t.from && t.from <= date && (!t.to || date < t.to));
}

/**
 * Who a lone surname names. With an honorific or title ("Mr Putin", "President Bush") any bearer will
 * do, the one in office on the article's date first; a bare surname ("Putin said") only when the text
 * named that person in full before, or when a single person in the lexicon bears it.
 */
export function surnameReading(
  doc: Doc,
  lex: ActorLexicon,
  word: string,
  state: ComposeState,
  titled: boolean,
): MentionInfo | null {
  const key = foldKey(word);
  const unknown = state.unknownSurnames.get(key);
  const ids = lex.surnames.get(key) ?? [];
  const named = ids.find((id) => state.namedPeople.has(id));
  if (named !== undefined) return { person: named };
  if (unknown) return { personName: unknown };
  const current = ids.filter((id) => inOffice(lex.people[id], doc.date));
  if (titled) {
    if (ids.length === 0) return { personName: word };
    return { person: current[0] ?? latest(lex, ids) };
  }
  if (key.length < 4 || CALENDAR.test(key)) return null;
  // Unannounced, a bare surname is read as a person only for those news names that way: heads of state
  // and government and foreign ministers in office ("Putin said"), not "Power" in "Power of Siberia".
  const leaders = current.filter((id) =>
    lex.people[id].tenures.some((t) => TOP_OFFICE.test(t.office) && tenureOn(t, doc.date)),
  );
  if (leaders.length === 1) return { person: leaders[0] };
  return null;
}

function latest(lex: ActorLexicon, ids: number[]): number {
  // The date a person's last office ended ("9999" while still in it): later is likelier to be meant.
  const end = (id: number) =>
    lex.people[id].tenures
      .map((t) => t.to || "9999")
      .sort()
      .pop() ?? "";
  return [...ids].sort((a, b) => end(b).localeCompare(end(a)))[0];
}
