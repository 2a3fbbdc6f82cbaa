/**
 * PETRARCH/TABARI dictionaries as parsed, before conversion into Dyad's lexicon. Words are kept in
 * lower case; a phrase is a list of words. Nothing here depends on Dyad's own lexicon format.
 */

/** A line the parser could not use: reported with its file and line; the rest of the file loads. */
export interface PetrarchIssue {
  file: string;
  line: number;
  message: string;
}

/** An event code as written in `[...]`: "064", "032:033" (the second, target→source), "---" (no event). */
export interface EventCode {
  /** null for the null code "---": the match produces no event. */
  code: string | null;
  /** The code of the reverse event (target acts on source), from "032:033"; null if none. */
  reverse: string | null;
}

/** One element of a verb pattern. */
export type PatternElement =
  | { kind: "word"; word: string }
  | { kind: "synset"; name: string }
  /** `$`: the source actor stands here. */
  | { kind: "source" }
  /** `+`: the target actor stands here. */
  | { kind: "target" }
  /** `%`: a compound actor whose members act on each other. */
  | { kind: "compound" }
  /** `^`: skip one noun phrase. */
  | { kind: "skip" };

export interface PatternItem {
  element: PatternElement;
  /** Joined to the next item by `_`: nothing may stand between them. */
  joined: boolean;
}

export interface VerbPatternEntry {
  line: number;
  /** Items before the verb `*`, in text order. */
  before: PatternItem[];
  /** Whether the last item before the verb is joined to it (`IN_*`). */
  joinedToVerb: boolean;
  /** Whether the verb is joined to the first item after it (`*_OUT`). */
  verbJoined: boolean;
  /** Items after the verb, in text order. */
  after: PatternItem[];
  code: EventCode;
  /** The pattern as written, for rule names and messages. */
  text: string;
}

/** A verb of a family, with every form it takes in text. */
export interface VerbEntry {
  line: number;
  /** The base phrase, "break down". */
  phrase: string[];
  /** Index in `phrase` of the word that inflects. */
  head: number;
  /** Every surface form, each a word sequence: regular forms generated, irregular ones as given. */
  forms: string[][];
  /** The verb's own code, overriding the family's. */
  code: EventCode | null;
}

/** A `--- NAME [code] ---` block: synonymous verbs sharing one set of patterns. */
export interface VerbFamily {
  line: number;
  name: string;
  code: EventCode;
  verbs: VerbEntry[];
  patterns: VerbPatternEntry[];
}

/** `&NAME`: alternatives usable in a pattern where a word may stand. */
export interface Synset {
  line: number;
  name: string;
  /** Every phrase, plurals included, each a word sequence. */
  phrases: string[][];
}

export interface VerbDictionary {
  synsets: Map<string, Synset>;
  families: VerbFamily[];
}

/** A code and the dates (YYYYMMDD, inclusive) it applies between; null bounds are open. */
export interface DatedCode {
  code: string;
  from: string | null;
  to: string | null;
}

export interface ActorEntry {
  line: number;
  /** The primary phrase and its synonyms, each a word sequence. */
  phrases: string[][];
  /** Date-restricted codes in file order; an entry with both bounds null is the default. */
  codes: DatedCode[];
}

export interface AgentEntry {
  line: number;
  /** The words of the phrase. */
  words: string[];
  /** gaps[i]: other words may stand between words[i] and words[i+1] (written with a space). */
  gaps: boolean[];
  /** The agent code without `~`: "GOV", "NGO". */
  code: string;
  /** `NGO~`: the code goes before the actor's code; `~GOV`: after it. */
  prefix: boolean;
  plural: boolean;
}

export interface DiscardEntry {
  line: number;
  /** Lower-case text to look for. */
  text: string;
  /** `+`: the whole story is discarded, not just the sentence. */
  story: boolean;
  /** Written with a final `_`: the match must end at a word boundary. */
  wholeWord: boolean;
}

export interface PetrarchDictionaries {
  verbs: VerbDictionary;
  actors: ActorEntry[];
  agents: AgentEntry[];
  discards: DiscardEntry[];
  issues: PetrarchIssue[];
  /** The files read, by kind. */
  files: { verbs: string[]; actors: string[]; agents: string[]; discards: string[] };
}
