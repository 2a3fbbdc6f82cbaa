/**
 * Maps offsets of the cleaned text back to the text the gold annotates. Cleaning folds white space and
 * may drop boilerplate lines; everything else is kept, so a greedy walk that skips white space and
 * re-synchronises on a dropped stretch is enough.
 */
export function offsetMapper(original: string, cleaned: string): (offset: number) => number {
  if (original === cleaned) return (o) => o;
  const map = new Int32Array(cleaned.length + 1);
  let j = 0;
  for (let i = 0; i < cleaned.length; i++) {
    const c = cleaned[i];
    while (j < original.length && original[j] !== c && /\s/.test(original[j])) j++;
    if (j < original.length && original[j] === c) {
      map[i] = j++;
      continue;
    }
    if (/\s/.test(c)) {
      map[i] = j;
      continue;
    }
    const found = original.indexOf(cleaned.slice(i, i + 24), j);
    if (found >= 0) {
      j = found;
      map[i] = j++;
    } else map[i] = Math.min(j, original.length);
  }
  map[cleaned.length] = original.length;
  return (o) => map[Math.max(0, Math.min(o, cleaned.length))];
}
