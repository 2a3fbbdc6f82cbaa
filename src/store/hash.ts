import { createHash } from "node:crypto";

/** The identity of a text for de-duplication: SHA-256 of it with white space collapsed and trimmed. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}

/** The outlet NumSources counts: the named source, else the URL's host, else the document id. */
export function outletOf(source: string | null, url: string | null, id: string): string {
  if (source && source.trim() !== "") return source.trim();
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, "");
    } catch {
      // Not a URL: fall through to the id.
    }
  }
  return id;
}
