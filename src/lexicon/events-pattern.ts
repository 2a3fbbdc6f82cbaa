/**
 * The compiled form of an event pattern, independent of any file format: Dyad's own `data/en/verbs`
 * files and (later) imported PETRARCH/TABARI dictionaries both load into `VerbPattern` objects, and
 * the coder consumes only these.
 */

/** One slot of a pattern after the trigger, matched left to right. */
export type PatternElement =
  | { kind: "source" }
  | { kind: "target" }
  /** Every actor found here acts on every other ("a meeting between A and B"). */
  | { kind: "both" }
  /** A literal word: each alternative is a sequence of lower-case words ("out of"). */
  | { kind: "words"; alternatives: string[][] }
  /** Pass over the next noun group, whatever it names (PETRARCH's `^`). */
  | { kind: "skip" };

export type ActorSlot = "source" | "target" | "both";

export interface VerbPattern {
  /** "verbs/05#praise.thank": the file (without extension) and the entry id. */
  rule: string;
  /** CAMEO code, "051". */
  code: string;
  trigger: "verb" | "noun";
  /** Lower-case base forms that trigger the pattern. */
  lemmas: string[];
  /** The slot before the trigger (the verb's subject, the noun's possessor); null if none is written. */
  subject: ActorSlot | null;
  /** Literal words that must stand right before the trigger ("hunger" strike), nearest last. */
  before: string[][][];
  /**
   * Per `before` word: other words may stand between it and what follows it (PETRARCH's space, as in
   * `SAID WOULD NOT *`). Absent, every word stands right before the next.
   */
  beforeGaps?: boolean[];
  /** Slots after the trigger, in order. */
  after: PatternElement[];
  /** A compound actor acts on itself both ways, and the target acts back on the source. */
  reciprocal: boolean;
  /** The target is required (a host needs a guest): without one the pattern does not match. */
  targetRequired: boolean;
  /** The pattern already states an intention: intent frames leave its code alone. */
  intent: boolean;
  /** How specific the pattern is: literal words count most, then actor slots. Higher wins. */
  specificity: number;
  /**
   * Each actor slot after the trigger takes the first actor after it anywhere in the sentence, not
   * only a direct object or the object of a nearby preposition (TABARI/PETRARCH's rule, for patterns
   * imported from their dictionaries).
   */
  looseObject?: boolean;
}

export function specificityOf(before: string[][][], after: PatternElement[]): number {
  let score = before.length * 10;
  for (const el of after) score += el.kind === "words" ? 10 : 1;
  return score;
}
