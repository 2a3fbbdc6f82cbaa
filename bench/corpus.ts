import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../src/ingest/article.js";
import { jsonlArticle } from "../src/ingest/jsonl.js";

export const ROOT = join(import.meta.dirname, "..");

/** The example articles (examples/articles.jsonl), as the readers give them. */
export function exampleArticles(): Article[] {
  const lines = readFileSync(join(ROOT, "examples", "articles.jsonl"), "utf8").split("\n");
  const out: Article[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const r = jsonlArticle(line, `example-${i + 1}`);
    if ("article" in r) out.push(r.article);
  });
  if (out.length === 0) throw new Error("examples/articles.jsonl holds no article");
  return out;
}

/**
 * The examples repeated to `n` documents. Each copy gets its own id and a closing line of its own, so
 * that ingest stores every copy instead of skipping it as the same text.
 */
export function repeatedCorpus(n: number): Article[] {
  const examples = exampleArticles();
  return Array.from({ length: n }, (_, i) => {
    const a = examples[i % examples.length];
    return { ...a, id: `${a.id}#${i}`, text: `${a.text}\n\nFiled as copy ${i}.` };
  });
}
