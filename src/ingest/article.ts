/** One document as the readers hand it to the pipeline, before any cleaning. */
export interface Article {
  id: string;
  text: string;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  /** YYYY-MM-DD. */
  date?: string | null;
  language?: string | null;
  /** Problems the reader found that did not stop it (a bad date); they end up in the analysis' warnings. */
  warnings?: string[];
}
