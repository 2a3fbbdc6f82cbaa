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
  const givenNames = compileGivenNames(bundle);
  const { people, surnames } = compilePeople(bundle, index, warnings, givenNames);
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
  return {
    forms: index.forms,
    ...matchIndexes(index.forms.keys(), places.keys()),
    surnames,
    people,
    organizations,
    countries,
    places,
    offices,
    givenNames,
  };
}

/**
 * The indexes the mentions matcher derives from the keys it looks up, so that it can stop early: the
 * longest key, the first pieces keys start with, and every key's prefixes that end before a space.
 * Any lexicon that replaces the forms (a PETRARCH dictionary) rebuilds them with this.
 */
export function matchIndexes(
  ...keySets: Iterable<string>[]
): Pick<ActorLexicon, "maxKeyLength" | "firstPieces" | "spacePrefixes"> {
  let maxKeyLength = 0;
  const firstPieces = new Set<string>();
  const spacePrefixes = new Set<string>();
  for (const keys of keySets) {
    for (const key of keys) {
      if (key.length > maxKeyLength) maxKeyLength = key.length;
      firstPieces.add(firstPiece(key));
      for (let at = key.indexOf(" "); at > 0; at = key.indexOf(" ", at + 1))
        spacePrefixes.add(key.slice(0, at));
    }
  }
  return { maxKeyLength, firstPieces, spacePrefixes };
}
