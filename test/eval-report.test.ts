import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { upsertRows, writeSection } from "../src/eval/report.js";

const TABLE = {
  heading: "Quotes",
  begin: "<!-- q -->",
  end: "<!-- /q -->",
  header: "| command | F1 |\n| --- | ---: |",
};

function doc(content: string) {
  const path = join(mkdtempSync(join(tmpdir(), "dyad-eval-doc-")), "EVALUATION.md");
  writeFileSync(path, content);
  return path;
}

describe("the evaluation document writers", () => {
  it("create a section's table once, replace a row by its key, and keep the prose and other sections", () => {
    const path = doc("# Evaluation\n\n## Quotes\n\n(not measured yet)\n\n## Events\n\nEvents prose.\n");
    upsertRows(TABLE, [{ key: "| `a` |", line: "| `a` | 1.0 |" }], path);
    upsertRows(TABLE, [{ key: "| `b` |", line: "| `b` | 2.0 |" }], path);
    upsertRows(TABLE, [{ key: "| `a` |", line: "| `a` | 3.0 |" }], path);
    const text = readFileSync(path, "utf8");
    expect(text).not.toContain("not measured yet");
    expect(text).toContain(
      "<!-- q -->\n| command | F1 |\n| --- | ---: |\n| `a` | 3.0 |\n| `b` | 2.0 |\n<!-- /q -->",
    );
    expect(text).toMatch(/## Events\n\nEvents prose\.\n$/);
  });

  it("replace only the body of one section", () => {
    const path = doc("# Evaluation\n\n## Actors\n\nold\n\n## Quotes\n\nkept\n");
    writeSection("Actors", "new body", path);
    expect(readFileSync(path, "utf8")).toBe("# Evaluation\n\n## Actors\n\nnew body\n\n## Quotes\n\nkept\n");
  });
});
