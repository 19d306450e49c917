#!/usr/bin/env node
import "./tune.js";
import { main } from "./main.js";

// A reader that stops early (`patchwarden scan . | head`) closes the pipe: the rest of the report
// has nowhere to go, but the run still ends with its own exit code and no stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") throw err;
  });
}

main(process.argv).then((code) => {
  process.exitCode = code;
});
