import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { blobFacts, WebIndex } from "../../src/review/webindex.js";
import { tempDir } from "../helpers.js";

describe("blob facts for finding callers", () => {
  it("collects the names of every import statement of a web module", () => {
    const text = [
      "import os",
      "from flask import Flask, request",
      "from app.db import (",
      "    run_query,  # the query helper",
      "    fetch as get,",
      ")",
      "from . import util \\",
      "    , shout",
      "def view():",
      "    import pickle; x = 1",
      "",
    ].join("\n");
    expect(blobFacts(text)).toEqual({
      web: true,
      imports: [
        "Flask",
        "app",
        "db",
        "fetch",
        "flask",
        "get",
        "os",
        "pickle",
        "request",
        "run_query",
        "shout",
        "util",
      ],
    });
  });

  it("records nothing else for modules that import no web framework", () => {
    expect(blobFacts("import os\nfrom app.db import run_query\n")).toEqual({ web: false, imports: [] });
    expect(blobFacts("from flask import a, \\\r\n    b\r\n").imports).toEqual(["a", "b", "flask"]);
    // a name that only starts like a framework is not one
    expect(blobFacts("import flasky\nfrom djangoish import x\n").web).toBe(false);
    expect(blobFacts("from django.http import HttpResponse\n").web).toBe(true);
  });

  it("keeps only the blobs of the last tree and survives a broken index file", () => {
    const file = join(tempDir("pw-index-"), "sub", "web-index.json");
    const index = new WebIndex(file);
    index.set("a1", { web: true, imports: ["db"] });
    index.set("b2", { web: false, imports: [] });
    index.set("c3", { web: false, imports: [] });
    index.save(["a1", "b2"]);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ version: 1, blobs: { a1: ["db"], b2: 0 } });
    const again = new WebIndex(file);
    expect(again.get("a1")).toEqual({ web: true, imports: ["db"] });
    expect(again.get("c3")).toBeUndefined();
    expect(new WebIndex(join(tmpdir(), "no-such-dir", "x.json")).get("a1")).toBeUndefined();
  });
});
