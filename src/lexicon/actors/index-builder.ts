import { formKey } from "./forms.js";
import type { Entry } from "./types.js";

/** Collects the readings of every form under its folded key. */
export class FormIndexBuilder {
  readonly forms = new Map<string, Entry[]>();
  maxKeyLength = 0;

  add(entry: Entry): void {
    const key = formKey(entry.form);
    if (key === "") return;
    const list = this.forms.get(key);
    if (list) {
      // The same reading twice (a form listed in two places) is kept once.
      if (list.some((e) => sameReading(e, entry))) return;
      list.push(entry);
    } else this.forms.set(key, [entry]);
    if (key.length > this.maxKeyLength) this.maxKeyLength = key.length;
  }
}

function sameReading(a: Entry, b: Entry): boolean {
  if (a.type !== b.type || a.form !== b.form) return false;
  switch (a.type) {
    case "country":
      return a.country === (b as typeof a).country;
    case "demonym":
      return a.country === (b as typeof a).country;
    case "metonym":
      return a.code === (b as typeof a).code;
    case "place":
      return a.place.country === (b as typeof a).place.country;
    case "org":
      return a.org === (b as typeof a).org;
    case "person":
      return a.person === (b as typeof a).person;
    default:
      return false;
  }
}
