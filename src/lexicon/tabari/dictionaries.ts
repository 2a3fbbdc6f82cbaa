import { parseActorDictionary } from "./actors.js";
import { parseAgentDictionary } from "./agents.js";
import { parseDiscardList } from "./discards.js";
import type { PetrarchDictionaries, PetrarchIssue } from "./types.js";
import { parseVerbDictionary } from "./verbs.js";

/** Which dictionary a file holds, from its name; null for files that are none of them. */
export function dictionaryKind(name: string): "verbs" | "actors" | "agents" | "discards" | null {
  const n = name.toLowerCase();
  if (!n.endsWith(".txt")) return null;
  if (n.endsWith(".verbs.txt") || n.includes("verbpatterns")) return "verbs";
  if (n.endsWith(".actors.txt")) return "actors";
  if (n.endsWith(".agents.txt")) return "agents";
  if (n.endsWith(".discards.txt")) return "discards";
  return null;
}

/**
 * Parses a set of PETRARCH dictionary files (file name → content), each by the kind its name tells.
 * Pure: reading the files is the caller's job. Every problem is in `issues`, with file and line.
 */
export function parsePetrarchDictionaries(files: Record<string, string>): PetrarchDictionaries {
  const issues: PetrarchIssue[] = [];
  const out: PetrarchDictionaries = {
    verbs: { synsets: new Map(), families: [] },
    actors: [],
    agents: [],
    discards: [],
    issues,
    files: { verbs: [], actors: [], agents: [], discards: [] },
  };
  for (const name of Object.keys(files).sort()) {
    const kind = dictionaryKind(name);
    if (!kind) continue;
    const content = files[name];
    out.files[kind].push(name);
    switch (kind) {
      case "verbs": {
        const v = parseVerbDictionary(content, name, issues);
        for (const [k, s] of v.synsets) out.verbs.synsets.set(k, s);
        out.verbs.families.push(...v.families);
        break;
      }
      case "actors":
        out.actors.push(...parseActorDictionary(content, name, issues));
        break;
      case "agents":
        out.agents.push(...parseAgentDictionary(content, name, issues));
        break;
      case "discards":
        out.discards.push(...parseDiscardList(content, name, issues));
        break;
    }
  }
  return out;
}
