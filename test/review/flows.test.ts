import { describe, expect, it } from "vitest";
import { analyzePython } from "../../src/analysis/engine.js";
import { type ChangedModule, followProjectFlows, type ProjectAccess } from "../../src/review/flows.js";

const VIEW =
  "from flask import request\nfrom app.db import run_query\n\ndef v():\n    run_query(request.args['n'])\n";

function changedView(): ChangedModule {
  return {
    path: "app/views.py",
    basePath: "app/views.py",
    head: { analysis: analyzePython("app/views.py", VIEW), bytes: new TextEncoder().encode(VIEW) },
  };
}

describe("flows across modules in a review", () => {
  it("goes on with a notice when the project's files cannot be listed", async () => {
    const project: ProjectAccess = {
      files: () => Promise.reject(new Error("git ls-tree failed")),
      read: () => Promise.resolve(new Map()),
    };
    const result = await followProjectFlows({
      modules: [changedView()],
      project,
      callers: Promise.resolve([]),
      maxSize: 1_000_000,
    });
    expect(result.changed.size).toBe(0);
    expect(result.unchanged.size).toBe(0);
    expect(result.notices).toEqual([
      {
        kind: "git-failed",
        message:
          "could not list the project's files (git ls-tree failed); flows into other modules were not followed",
      },
    ]);
  });

  it("goes on with a notice when blobs cannot be read or callers cannot be searched", async () => {
    const project: ProjectAccess = {
      files: () =>
        Promise.resolve(
          new Map([
            ["app/views.py", "a1"],
            ["app/db.py", "b2"],
          ]),
        ),
      read: () => Promise.reject(new Error("cat-file failed")),
    };
    const result = await followProjectFlows({
      modules: [changedView()],
      project,
      callers: Promise.reject(new Error("index unreadable")),
      maxSize: 1_000_000,
    });
    expect(result.notices.map((n) => n.message)).toEqual([
      "could not search the project for callers of the changed modules (index unreadable); flows from unchanged modules were not followed",
      "could not read files of the project (cat-file failed); some flows into other modules were not followed",
    ]);
    expect(result.unchanged.size).toBe(0);
  });
});
