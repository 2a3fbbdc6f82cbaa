import type { Actor, ActorKind } from "../../analysis.js";
import type { ActorLexicon } from "../../lexicon/actors.js";
import type { Doc, Mention } from "../doc.js";
import { countryOfCode, roleOfCode } from "./coding.js";

/** An actor while the stage builds it: the contract fields plus what linking needs. */
export interface Building {
  key: string;
  name: string;
  kind: ActorKind;
  code: string;
  /** Lexicon person, if any. */
  person?: number;
  /** Canonical offices the text or the lexicon gives a person ("Foreign Minister", "Spokesperson"). */
  offices?: Set<string>;
  gender?: "m" | "f" | null;
  plural?: boolean;
  /** For a group: its members' keys. */
  members?: string[];
  /** The code was given by the text itself (a title, a demonym) and outranks inference. */
  firm?: boolean;
  mentions: Mention[];
}

/** Records that the text or the lexicon gives this actor an office. */
export function addOffice(actor: Building, office: string | null | undefined): void {
  if (!office) return;
  actor.offices ??= new Set();
  actor.offices.add(office);
}

export function holds(actor: Building, office: string): boolean {
  return actor.offices?.has(office) ?? false;
}

/** The actors of one document, keyed so that every mention of the same one lands on it. */
export class Registry {
  readonly byKey = new Map<string, Building>();
  readonly ofMention = new Map<Mention, Building>();

  constructor(
    readonly doc: Doc,
    readonly lex: ActorLexicon,
  ) {}

  get(key: string): Building | undefined {
    return this.byKey.get(key);
  }

  ensure(key: string, make: () => Omit<Building, "key" | "mentions">): Building {
    let b = this.byKey.get(key);
    if (!b) {
      b = { ...make(), key, mentions: [] };
      this.byKey.set(key, b);
    }
    return b;
  }

  link(mention: Mention, actor: Building): void {
    if (this.ofMention.has(mention)) return;
    actor.mentions.push(mention);
    this.ofMention.set(mention, actor);
  }

  isCountry = (code: string): boolean => this.lex.countries.has(code);

  /** The contract actors, numbered in order of first mention; sets every mention's `actor`. */
  finish(): Actor[] {
    const used = [...this.byKey.values()].filter((b) => b.mentions.length > 0);
    used.sort((a, b) => firstStart(a) - firstStart(b));
    const ids = new Map<Building, string>();
    used.forEach((b, i) => {
      ids.set(b, `A${i + 1}`);
    });
    const actors: Actor[] = [];
    for (const b of used) {
      const id = ids.get(b)!;
      for (const m of b.mentions) m.actor = id;
      const actor: Actor & { members?: string[] } = {
        id,
        name: b.name,
        kind: b.kind,
        // "---" is TABARI's code for an actor whose country and role the text does not give.
        code: b.code || "---",
        country: countryOfCode(b.code, this.isCountry),
        role: roleOfCode(b.code, this.isCountry),
        mentions: [...b.mentions]
          .sort((x, y) => x.start - y.start)
          .map((m) => ({ start: m.start, end: m.end, text: m.text })),
      };
      if (b.members) {
        actor.members = b.members
          .map((k) => this.byKey.get(k))
          .filter((m): m is Building => !!m && ids.has(m))
          .map((m) => ids.get(m)!);
      }
      actors.push(actor);
    }
    return actors;
  }
}

function firstStart(b: Building): number {
  return Math.min(...b.mentions.map((m) => m.start));
}
