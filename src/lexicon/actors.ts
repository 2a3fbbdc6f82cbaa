import { compileCountries } from "./actors/countries.js";
import { firstPiece, formKey } from "./actors/forms.js";
import { FormIndexBuilder } from "./actors/index-builder.js";
import { compileOrganizations } from "./actors/organizations.js";
import { compilePeople } from "./actors/people.js";
import type { ActorLexicon } from "./actors/types.js";
import { compileAgents, compileGivenNames, compilePronouns, compileTitles } from "./actors/words.js";
import type { DataBundle } from "./bundle.js";

export type * from "./actors/types.js";

/**
 * Compiles the actor lexicon: countries (world-countries + world/countries.tsv), places
 * (world/places.tsv), people, organisations, and the English role words, titles and pronouns, into
 * one index of forms that the mentions stage matches over tokens.
 */
export function compileActorLexicon(bundle: DataBundle, warnings: string[] = []): ActorLexicon {
  const index = new FormIndexBuilder();
  const offices = compileTitles(bundle, index);
  compileAgents(bundle, index);
  compilePronouns(bundle, index);
  const organizations = compileOrganizations(bundle, index);
  const { people, surnames } = compilePeople(bundle, index, warnings);
  const { countries, places } = compileCountries(bundle, index);
  // people.tsv offices ("Home Secretary") map to the canonical office of the title with that name.
  const seen = new Set<string>();
  for (const person of people) {
    for (const t of person.tenures) {
      if (seen.has(t.office)) continue;
      seen.add(t.office);
      const key = formKey(t.office);
      if (key && !offices.has(key)) offices.set(key, t.office);
    }
  }
  let maxKeyLength = index.maxKeyLength;
  const firstPieces = new Set<string>();
  for (const key of index.forms.keys()) firstPieces.add(firstPiece(key));
  for (const key of places.keys()) {
    if (key.length > maxKeyLength) maxKeyLength = key.length;
    firstPieces.add(firstPiece(key));
  }
  return {
    forms: index.forms,
    maxKeyLength,
    firstPieces,
    surnames,
    people,
    organizations,
    countries,
    places,
    offices,
    givenNames: compileGivenNames(bundle),
  };
}
