/**
 * How a lexicon form and a run of text tokens become the same lookup key, and whether the text's case
 * fits the form's. Keys are compared on whole tokens, so "Asia-Pacific" in a form matches the three
 * tokens "Asia", "-", "Pacific" of the text: the key keeps a space only where the text has one.
 */

/** Whether the text is plain printable ASCII with single spaces: then lower-casing is all folding does. */
function plain(text: string): boolean {
  let prevSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 126 || c < 32 || c === 96 /* ` */) return false;
    const space = c === 32;
    if (space && prevSpace) return false;
    prevSpace = space;
  }
  return !prevSpace || text.length === 0;
}

/** Lower case, without diacritics, straight apostrophes, single spaces: "Côte d’Ivoire" → "cote d'ivoire". */
export function foldKey(text: string): string {
  // Most forms are plain ASCII: skip the Unicode folding for them.
  if (plain(text)) return text.toLowerCase();
  // One pass over the decomposed text: drop accents, straighten quotes and dashes, single spaces.
  const d = text.normalize("NFD");
  let out = "";
  let space = true;
  for (let i = 0; i < d.length; i++) {
    let c = d.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) continue;
    if (c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0x2bc) c = 39;
    else if (c >= 0x2010 && c <= 0x2013) c = 45;
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) {
      if (!space) out += " ";
      space = true;
      continue;
    }
    space = false;
    out += String.fromCharCode(c);
  }
  return (space && out.endsWith(" ") ? out.slice(0, -1) : out).toLowerCase();
}

/** The key of a form as written in a data file; a leading "the" is dropped (it is optional in text). */
export function formKey(form: string): string {
  const key = foldKey(form);
  return key.startsWith("the ") ? key.slice(4) : key;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

function letters(text: string): string[] {
  return [...text].filter((c) => LETTER.test(c));
}

/**
 * Whether `surface` (the words in the text) may be read as `form` (as the data file writes it):
 * an acronym ("US", "WHO") must be in capitals in the text, a capitalised name must be capitalised
 * ("China", not "china"), a lower-case form ("troops", "the foreign minister") matches any case.
 */
export function caseFits(form: string, surface: string): boolean {
  // Matching asks this for every lexicon hit: the form's side is worked out once, and a plain ASCII
  // surface (nearly all of them) is checked without building arrays.
  const rule = formCase(form);
  if (rule === "none") return true;
  if (rule === "exact" || !isAscii(surface)) return caseFitsSlow(form, surface);
  let first = 0; // 0 none yet, 1 upper, 2 lower
  let lower = false;
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    const up = c >= 65 && c <= 90;
    const low = c >= 97 && c <= 122;
    if (!up && !low) continue;
    if (first === 0) first = up ? 1 : 2;
    if (low) lower = true;
  }
  if (first === 0) return false; // no letter
  if (rule === "capitals") return !lower;
  return rule === "capitalised" ? first === 1 : true;
}

/** none: the form has no letter; lower: any case will do; exact: an inner capital ("LeT") must match as written. */
type FormCase = "none" | "lower" | "capitals" | "capitalised" | "exact";
const FORM_CASES = new Map<string, FormCase>();

function formCase(form: string): FormCase {
  let rule = FORM_CASES.get(form);
  if (rule === undefined) {
    const f = letters(form.replace(/^the /i, ""));
    if (f.length === 0) rule = "none";
    else if (f.length >= 2 && f.every((c) => UPPER.test(c))) rule = "capitals";
    else if (/\p{Ll}\p{Lu}/u.test(form)) rule = "exact";
    else rule = UPPER.test(f[0]) ? "capitalised" : "lower";
    FORM_CASES.set(form, rule);
  }
  return rule;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

function caseFitsSlow(form: string, surface: string): boolean {
  const f = letters(form.replace(/^the /i, ""));
  if (f.length === 0) return true;
  const s = letters(surface);
  if (s.length === 0) return false;
  const formAllCaps = f.length >= 2 && f.every((c) => UPPER.test(c));
  if (formAllCaps) return s.every((c) => UPPER.test(c));
  // "LeT", "AfD": a capital inside a word makes the form an acronym to match exactly ("Let" is no "LeT").
  if (/\p{Ll}\p{Lu}/u.test(form)) return f.join("") === s.join("");
  if (UPPER.test(f[0])) return UPPER.test(s[0]);
  return true;
}

/** Regular English plural of a lower-case noun (or noun phrase: the last word takes it). */
export function pluralOf(form: string): string {
  const m = /^(.*?)(\S+)$/.exec(form);
  if (!m) return form;
  const [, head, word] = m;
  let plural: string;
  if (/man$/.test(word)) plural = word.replace(/man$/, "men");
  else if (/[^aeiou]y$/.test(word)) plural = word.replace(/y$/, "ies");
  else if (/(s|sh|ch|x|z)$/.test(word)) plural = `${word}es`;
  else plural = `${word}s`;
  return head + plural;
}

/** Plural of a people-word demonym: "Russian" → "Russians"; "Chinese", "British", "Swiss" have none. */
export function demonymPlural(demonym: string): string | null {
  if (/(ese|ish|ch|sh|s|x|z)$/.test(demonym)) return null;
  return `${demonym}s`;
}

/**
 * The first piece of a key or folded token: up to the first character that is not a letter or digit
 * ("u.s. army" → "u", "asia-pacific" → "asia"). A token whose piece starts no key cannot start a
 * match, so the matcher skips it at once.
 */
export function firstPiece(key: string): string {
  let i = 0;
  while (i < key.length) {
    const c = key.charCodeAt(i);
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
    if (!alnum) break;
    i++;
  }
  return i === 0 ? key.slice(0, 1) : key.slice(0, i);
}
