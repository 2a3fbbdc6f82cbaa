#!/usr/bin/env node
// Dyad runs from its TypeScript sources: tsx compiles them on the fly, so `npm install` is the only set-up.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
