#!/usr/bin/env node
import "./tune.js";
import { main } from "./main.js";

main(process.argv).then((code) => {
  process.exitCode = code;
});
