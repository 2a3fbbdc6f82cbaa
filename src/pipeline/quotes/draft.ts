import type { Group } from "./chunks.js";

/** A quote being assembled: character offsets into the text and token groups for the people in it. */
export interface Draft {
  contentStart: number;
  contentEnd: number;
  /** Characters inside the content that are not what was said: the cue frame of "“A,” he said, “B.”". */
  gap?: [number, number] | null;
  speaker: Group | null;
  /** Characters naming the speaker, when they are not a group of this quote's own (a follow-on). */
  speakerChars: [number, number] | null;
  /** Token range of the cue, or null (a follow-on paragraph, a transcript label). */
  cue: [number, number] | null;
  addressee: Group | null;
  sentence: number;
  paragraph: number;
  /** The rule that produced the quote, for debugging: "cue", "transcript", "follow-on", "continued". */
  rule: string;
}
