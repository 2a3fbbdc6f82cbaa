import { type DataBundle, LexiconError, tsvRows } from "../bundle.js";
import type { FormIndexBuilder } from "./index-builder.js";
import type { Organization, OrgKind } from "./types.js";

export const ORGANIZATIONS_FILE = "world/organizations.tsv";

const KINDS = new Set<OrgKind>(["igo", "ngo", "armed", "party", "media", "gov", "edu", "business"]);

/** data/world/organizations.tsv: name, aliases, code, country, kind. */
export function compileOrganizations(bundle: DataBundle, index: FormIndexBuilder): Organization[] {
  const orgs: Organization[] = [];
  for (const { line, row } of tsvRows(bundle, ORGANIZATIONS_FILE)) {
    if (!row.name || !/^[A-Z]{3,12}$/.test(row.code)) {
      throw new LexiconError(
        ORGANIZATIONS_FILE,
        line,
        `a row needs a name and a code in capitals ("${row.code}")`,
      );
    }
    if (!KINDS.has(row.kind as OrgKind)) {
      throw new LexiconError(ORGANIZATIONS_FILE, line, `kind must be one of ${[...KINDS].join(", ")}`);
    }
    const org: Organization = {
      id: orgs.length,
      name: row.name,
      code: row.code,
      country: /^[A-Z]{3}$/.test(row.country) ? row.country : null,
      kind: row.kind as OrgKind,
    };
    orgs.push(org);
    index.add({ type: "org", form: org.name, org: org.id, acronym: false });
    for (const alias of (row.aliases ?? "").split(";").map((a) => a.trim())) {
      if (!alias) continue;
      const acronym = /^[A-Z][A-Z0-9.&/+-]+$/.test(alias);
      index.add({ type: "org", form: alias, org: org.id, acronym });
    }
  }
  return orgs;
}
