import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { dyad } from "./support/cli.js";

const BIN = fileURLToPath(new URL("../bin/dyad.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "dyad-serve-"));
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});

describe("dyad serve", () => {
  it("refuses a bad port or option with one line and exit code 2", () => {
    const port = dyad(["serve", "--port", "http"]);
    expect(port.code).toBe(2);
    expect(port.stderr).toMatch(/--port "http" is not a port/);
    const option = dyad(["serve", "--colour", "red"]);
    expect(option.code).toBe(2);
    expect(option.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("serves the API on the port it prints, and stops on SIGTERM", async () => {
    child = spawn(process.execPath, [BIN, "serve", "--db", join(dir, "new.db"), "--port", "0"], {
      stdio: "pipe",
    });
    let out = "";
    const url = await new Promise<string>((resolve, reject) => {
      child?.stdout?.on("data", (chunk) => {
        out += chunk;
        const m = /Open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]);
      });
      child?.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
    });
    expect(out).toMatch(/The store is empty: fill it with "dyad ingest/);
    const stats = await (await fetch(`${url}api/stats`)).json();
    expect(stats).toMatchObject({ articles: 0, events: 0 });
    const bad = await fetch(`${url}api/events?from=soon`);
    expect(bad.status).toBe(400);
    const exited = new Promise<number | null>((resolve) => child?.on("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    child = undefined;
  });
});
