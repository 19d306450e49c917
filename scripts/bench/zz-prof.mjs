import fs from "node:fs";

const { buildModel } = await import("/work/main/dist/python/model.js");
const { analyzeTaint } = await import("/work/main/dist/analysis/taint/engine.js");
const { inferExposure, reportsCommandLine } = await import("/work/main/dist/review/finalize.js");
const STD = "/root/.pyenv/versions/3.11.7/lib/python3.11/";
const files = process.argv.slice(2);
const models = files.map((f) => buildModel(f, fs.readFileSync(STD + f, "utf8")));
const t0 = performance.now();
for (let r = 0; r < 5; r++)
  for (const model of models) {
    const modules = [...new Set(model.imports.map((i) => i.module.split(".")[0]))];
    analyzeTaint(model, undefined, undefined, reportsCommandLine(inferExposure(model.path ?? "", modules)));
  }
console.log("ms", ((performance.now() - t0) / 5).toFixed(0));
