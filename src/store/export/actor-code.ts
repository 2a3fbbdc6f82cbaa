/**
 * Splits a CAMEO actor code into GDELT's actor columns: country, known group, up to three type codes.
 * "RUSGOV" → RUS + GOV; "IGOUNO" → known group UNO, type IGO; "GBREDU" → GBR + EDU.
 */
export interface ActorParts {
  country: string;
  knownGroup: string;
  types: [string, string, string];
}

/** CAMEO's role and sector codes (the three-letter parts that follow a country). */
const TYPE_CODES = new Set(
  (
    "GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LAB LEG HLH REF ELI AGR ENV DEV HRI MOD RAD " +
    "UAF SEP INS IGO NGO IMG NGM MNC UIS SET RES AMN"
  ).split(" "),
);

/** Codes whose next three letters name a known organisation: IGOUNO, NGOAMN, IMGHEZ. */
const GROUP_PREFIXES = new Set(["IGO", "NGO", "IMG", "NGM", "MNC"]);

/** ISO 3166-1 alpha-3 where CAMEO writes the country otherwise. */
const CAMEO_COUNTRY: Record<string, string> = { ROU: "ROM", TLS: "TMP", MNE: "MTN", IMN: "IMY" };

export function cameoCountry(iso3: string | null): string {
  if (!iso3) return "";
  const upper = iso3.toUpperCase();
  return CAMEO_COUNTRY[upper] ?? upper;
}

export function actorParts(code: string, iso3: string | null): ActorParts {
  const chunks = (code.toUpperCase().match(/.{1,3}/g) ?? []).filter((c) => c.length === 3);
  let country = "";
  if (chunks.length > 0 && !TYPE_CODES.has(chunks[0])) country = chunks.shift() as string;
  if (!country) country = cameoCountry(iso3);
  let knownGroup = "";
  const types: string[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i];
    if (GROUP_PREFIXES.has(c) && i + 1 < chunks.length && !TYPE_CODES.has(chunks[i + 1]) && !knownGroup) {
      types.push(c);
      knownGroup = chunks[++i];
    } else if (TYPE_CODES.has(c)) types.push(c);
  }
  return { country, knownGroup, types: [types[0] ?? "", types[1] ?? "", types[2] ?? ""] };
}
