import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/cli.js";

describe("dyad analyze streams", () => {
  it("writes the first document before the input has ended", async () => {
    const child = spawn(process.execPath, ["bin/dyad.js", "analyze", "-", "--format", "jsonl"], {
      cwd: ROOT,
    });
    child.stdin.write(`${JSON.stringify({ id: "early", text: "The envoy arrived in Accra on Monday." })}\n`);
    child.stdin.write(`${JSON.stringify({ id: "second", text: "Talks began." })}\n`);
    // The input stays open: output can only come from a reader that does not wait for the end.
    const first = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (chunk) => {
        out += chunk;
        if (out.includes("\n")) resolve(out.split("\n")[0]);
      });
      child.on("exit", () => reject(new Error(`exited before writing: ${out}`)));
    });
    expect(JSON.parse(first).id).toBe("early");
    child.stdin.end(`${JSON.stringify({ id: "last", text: "Talks ended." })}\n`);
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
  });
});
