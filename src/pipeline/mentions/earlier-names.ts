import type { Doc } from "../doc.js";
import type { Built } from "./compose.js";
import { capitalised } from "./units.js";

/**
 * "… met Adaeze Okonkwo in Abuja. Ms Okonkwo said …": a person the lexicon does not know, named in full
 * once without a title, is only recognised when an honorific later points at the surname. This pass
 * finds that earlier full name (two or three capitalised words ending in the surname, not already
 * part of a mention) and makes it a mention of the same person.
 */
export function recoverEarlierNames(doc: Doc, built: Built[]): Built[] {
  const tokens = doc.tokens;
  const covered = new Uint8Array(tokens.length);
  for (const b of built) covered.fill(1, b.start, b.end);
  const added: Built[] = [];
  const at = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    const list = at.get(t.text);
    if (list) list.push(i);
    else at.set(t.text, [i]);
  });
  for (const b of built) {
    const surname = b.info.surnameOnly ? b.info.personName : undefined;
    if (!surname || surname.includes(" ")) continue;
    const places = (at.get(surname) ?? []).filter((i) => i > 0 && i < b.start).reverse();
    for (const i of places) {
      if (covered[i]) continue;
      let start = i;
      while (
        start > 0 &&
        i - start < 2 &&
        !covered[start - 1] &&
        capitalised(tokens[start - 1]) &&
        tokens[start - 1].pos === "PROPN" &&
        tokens[start - 1].sentence === tokens[i].sentence
      )
        start--;
      if (start === i) continue;
      const name = doc.text.slice(tokens[start].start, tokens[i].end);
      added.push({ start, end: i + 1, kind: "name", code: null, info: { personName: name } });
      covered.fill(1, start, i + 1);
      b.info.personName = name;
      break;
    }
  }
  return added.length === 0 ? built : [...built, ...added];
}
