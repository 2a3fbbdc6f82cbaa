/** The compiled actor lexicon: what the mentions and actors stages look up. */

export interface Tenure {
  code: string;
  country: string | null;
  office: string;
  /** YYYY-MM-DD or "" (no date: a role without a term). */
  from: string;
  to: string;
}

export interface Person {
  id: number;
  name: string;
  tenures: Tenure[];
  /** Folded keys of the forms a surname mention may take: "putin", "xi", "assad", "al-assad". */
  surnames: string[];
}

export type OrgKind = "igo" | "ngo" | "armed" | "party" | "media" | "gov" | "edu" | "business";

export interface Organization {
  id: number;
  name: string;
  code: string;
  country: string | null;
  kind: OrgKind;
}

export interface Country {
  /** The code actors of this country take: ISO3, or the project's own (KSV). */
  code: string;
  name: string;
}

export interface Place {
  name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  capital: boolean;
}

export type TitleKind = "office" | "honorific" | "rank" | "former";

export interface Title {
  form: string;
  kind: TitleKind;
  role: string | null;
  office: string | null;
  gender: "m" | "f" | null;
  /** "the foreign ministers". */
  plural: boolean;
}

export interface Agent {
  form: string;
  role: string;
  plural: boolean;
  /** Also the head word of an organisation's name ("Union", "University"). */
  orgHead: boolean;
  /** Equipment ("tanks"): an actor only with a country. */
  thing: boolean;
  /** A collective noun ("crowd"): a group of people although singular. */
  collective: boolean;
  /** A mass noun for a body ("police", "military", "media"): one organisation, not a person. */
  mass: boolean;
}

export interface Pronoun {
  form: string;
  gender: "m" | "f" | null;
  plural: boolean;
  refers: "person" | "thing" | "any";
}

/**
 * One reading of a form; a key may have several ("Georgia": the country, and a US state). `alsoCodes`:
 * further codes a dictionary gives the same name (a TABARI actor written [AAA/BBB] stands for both).
 */
export type Entry =
  | { type: "country"; form: string; country: string; alsoCodes?: string[] }
  | { type: "demonym"; form: string; country: string; people: boolean }
  | { type: "metonym"; form: string; code: string; country: string }
  | { type: "place"; form: string; place: Place }
  | { type: "org"; form: string; org: number; acronym: boolean; alsoCodes?: string[] }
  | { type: "person"; form: string; person: number }
  | { type: "agent"; form: string; agent: Agent }
  | { type: "title"; form: string; title: Title }
  | { type: "pronoun"; form: string; pronoun: Pronoun };

export interface ActorLexicon {
  /** Folded form key → its readings (places are in `places`, not here). */
  forms: Map<string, Entry[]>;
  /** The longest key, in characters: the matcher stops extending a run past it. */
  maxKeyLength: number;
  /** First pieces (see forms.ts firstPiece) of every key of `forms` and `places`. */
  firstPieces: Set<string>;
  /** Every key's prefixes that end before a space: a run of words that is none of these can grow into no key. */
  spacePrefixes: Set<string>;
  /** Folded surname key → people who bear it. Used only with an honorific or an earlier full mention. */
  surnames: Map<string, number[]>;
  people: Person[];
  organizations: Organization[];
  /** Code → country. */
  countries: Map<string, Country>;
  /** Folded name → place: cities, regions, seats of power. Matched like forms; used for event locations. */
  places: Map<string, Place>;
  /** Given name → the gender news copy reads it as (en/given-names.tsv). */
  givenNames: Map<string, "m" | "f">;
  /** Canonical office ("Foreign Minister") of every title form and people.tsv office, by folded key. */
  offices: Map<string, string>;
  /**
   * TABARI/PETRARCH composition: every agent of a noun phrase adds its code, and agents add to any
   * actor code ("West German" [GMWGOV] + [~WGO]). Otherwise the head agent gives the role, and an
   * organisation's code stands alone.
   */
  agentsJoin?: boolean;
}
