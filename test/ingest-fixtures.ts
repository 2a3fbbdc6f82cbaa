/**
 * A synthetic corpus for ingest tests, written for them: short wire stories built from a few sentence
 * patterns about real office-holders, so that the pipeline finds actors, quotes and events in them.
 */
const LEADERS = [
  ["Emmanuel Macron", "Paris"],
  ["Joe Biden", "Washington"],
  ["Xi Jinping", "Beijing"],
  ["Vladimir Putin", "Moscow"],
  ["Narendra Modi", "New Delhi"],
  ["Recep Tayyip Erdogan", "Ankara"],
] as const;

const PATTERNS = [
  (a: string, b: string, city: string) =>
    `${a} met ${b} in ${city} on Tuesday to discuss trade and security.`,
  (a: string, b: string) => `${a} praised ${b} for the progress made in the talks.`,
  (a: string) => `"We will keep working together on energy," ${a} told reporters after the meeting.`,
  (_a: string, b: string) => `${b} has not agreed to lift the tariffs, officials said.`,
  (a: string, b: string) => `${a} accused ${b} of breaking the ceasefire along the border.`,
  (a: string, b: string) => `Later, ${a} criticised ${b} over the arrest of two journalists.`,
];

export interface CorpusLine {
  id: string;
  date: string;
  source: string;
  url: string;
  title: string;
  text: string;
}

/** `n` distinct stories; every seventh repeats an earlier story's text under a new id (a wire copy). */
export function syntheticCorpus(n: number): CorpusLine[] {
  const out: CorpusLine[] = [];
  for (let i = 0; i < n; i++) {
    const [a, city] = LEADERS[i % LEADERS.length];
    const [b] = LEADERS[(i * 5 + 1) % LEADERS.length];
    const day = String(1 + (i % 28)).padStart(2, "0");
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, "0");
    const sentences = [0, 1, 2, 3, 4, 5]
      .filter((k) => (i + k) % 3 !== 0)
      .map((k) => PATTERNS[k](a, b === a ? "the prime minister" : b, city));
    const copyOf = i % 7 === 6 ? out[i - 3] : null;
    out.push({
      id: `story-${String(i).padStart(5, "0")}`,
      date: `2023-${month}-${day}`,
      source: ["Wire One", "Wire Two", "Daily Ledger"][i % 3],
      url: `https://news.example/${i}`,
      title: `Story ${i}`,
      text: copyOf
        ? copyOf.text
        : `${sentences.join(" ")}\n\nThe talks will resume next month (report ${i}).`,
    });
  }
  return out;
}

export function toJsonl(lines: readonly unknown[]): string {
  return `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`;
}
