import type { Token } from "../doc.js";
import type { QuoteFragment } from "./marks.js";

/** Quotation fragments seen from the tokens: which fragment each token lies in, and each chain's extent. */
export interface FragmentIndex {
  fragments: QuoteFragment[];
  /** Fragment index of each token (its marks included), or -1. */
  ofToken: Int32Array;
  /** Chain number -> [first fragment, last fragment] indexes. */
  chains: Map<number, [number, number]>;
}

export function indexFragments(tokens: Token[], fragments: QuoteFragment[]): FragmentIndex {
  const ofToken = new Int32Array(tokens.length).fill(-1);
  let f = 0;
  for (let i = 0; i < tokens.length && f < fragments.length; i++) {
    const t = tokens[i];
    while (f < fragments.length && fragmentEnd(fragments[f]) <= t.start) f++;
    if (f < fragments.length && t.start >= fragments[f].open && t.start < fragmentEnd(fragments[f]))
      ofToken[i] = f;
  }
  const chains = new Map<number, [number, number]>();
  fragments.forEach((fr, k) => {
    const c = chains.get(fr.chain);
    if (c) c[1] = k;
    else chains.set(fr.chain, [k, k]);
  });
  return { fragments, ofToken, chains };
}

/** One past the closing mark, or the end of the text of an unclosed fragment. */
export function fragmentEnd(f: QuoteFragment): number {
  return f.close === null ? f.end : f.close + 1;
}
