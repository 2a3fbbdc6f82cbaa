import type { Frames } from "../../lexicon/events-frames.js";
import type { ActorRef, DocView } from "./view.js";

/** Roles of the forces of order: police and soldiers. */
const SECURITY = new Set(["COP", "MIL"]);

/**
 * CAMEO distinctions drawn by who acts on whom, not by the verb: a crowd's violence is a riot (145),
 * not an assault; force by police or soldiers against a crowd is violent repression (175); a killing
 * by or of armed forces is fighting (190). The words and codes are in frames.txt (`set crowd`, `set
 * armed`, `recode riot`, `recode repress`, `recode armed`). Returns the new code and
 * the convention's name, or null when none applies.
 */
export function codeByActors(
  view: DocView,
  frames: Frames,
  code: string,
  source: ActorRef,
  target: ActorRef | null,
): { code: string; convention: string } | null {
  if (isCrowd(view, frames, source)) return recoded(frames, "riot", code);
  if (target && isCrowd(view, frames, target) && SECURITY.has(roleOf(source.code)))
    return recoded(frames, "repress", code);
  // A killing by or of soldiers or rebels is fighting (19), not an assault outside war (18).
  const armed = frames.sets?.get("armed");
  const isArmed = (r: ActorRef | null) => r !== null && armed?.has(roleOf(r.code).toLowerCase()) === true;
  if (isArmed(source) || isArmed(target)) return recoded(frames, "armed", code);
  return null;
}

function roleOf(code: string): string {
  return code.slice(3, 6);
}

/** Whether the actor is a crowd: its mention, or the name of the actor a pronoun stands for, ends in a crowd word. */
function isCrowd(view: DocView, frames: Frames, ref: ActorRef): boolean {
  const words = frames.sets?.get("crowd");
  if (!words) return false;
  const last = view.tokens[ref.mention.tokenEnd - 1];
  if (last && ref.mention.kind !== "pronoun") return words.has(last.norm) || words.has(last.lemma);
  const name = ref.actor ? view.actorsById.get(ref.actor)?.name : undefined;
  return name !== undefined && words.has(name.toLowerCase().split(/\s+/).pop() ?? "");
}

function recoded(frames: Frames, name: string, code: string): { code: string; convention: string } | null {
  for (const [prefix, to] of frames.recodes?.get(name) ?? [])
    if (code.startsWith(prefix)) return to === code ? null : { code: to, convention: name };
  return null;
}
