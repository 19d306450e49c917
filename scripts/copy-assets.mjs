// Marks the command-line entry point executable after `tsc` (npm links it as the `patchwarden` binary).
import { chmodSync, existsSync } from "node:fs";

const bin = new URL("../dist/cli/bin.js", import.meta.url);
if (existsSync(bin)) chmodSync(bin, 0o755);
