import type { CameoCode, CameoTable } from "../../ontology/cameo.js";

/**
 * A CAMEO table that also knows the codes a PETRARCH dictionary uses: a code CAMEO lacks ("0874",
 * or the WEIS-era "174K" of old dictionaries) takes the description of its longest CAMEO prefix,
 * else a neutral one, and keeps its own code. The null code "---" (and TABARI's "+++" and "###")
 * stays unknown, so a pattern carrying it matches and yields no event.
 */
export function extendCameo(base: CameoTable, dictionaryCodes: Iterable<string>): CameoTable {
  const extra = new Map<string, CameoCode>();
  for (const code of dictionaryCodes) {
    if (base.has(code) || extra.has(code) || !/^[0-9A-Za-z]+$/.test(code)) continue;
    let like: CameoCode | undefined;
    for (let n = code.length - 1; n >= 2 && !like; n--) like = base.get(code.slice(0, n));
    const root = /^\d\d/.test(code) ? code.slice(0, 2) : "";
    extra.set(code, {
      code,
      root: like?.root ?? root,
      name: like ? `${like.name} (dictionary code ${code})` : `dictionary code ${code}`,
      goldstein: like?.goldstein ?? 0,
      quadClass: like?.quadClass ?? 1,
      plover: like?.plover ?? "",
      ploverMode: like?.ploverMode ?? "",
    });
  }
  return {
    get: (code) => base.get(code) ?? extra.get(code),
    has: (code) => base.has(code) || extra.has(code),
    codes: () => [...base.codes(), ...extra.values()],
  };
}
