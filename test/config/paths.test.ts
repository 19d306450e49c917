import { describe, expect, it } from "vitest";
import {
  defaultConfig,
  exposureFor,
  isExcluded,
  isIncluded,
  isReviewed,
  loadConfig,
  mergeFlags,
  normalizeRelPath,
} from "../../src/config/index.js";
import { tempRepo } from "./helpers.js";

describe("exposureFor", () => {
  const context = [
    { paths: ["scripts/**", "tools/**"], exposure: "cli" as const },
    { paths: ["app/admin/**"], exposure: "service" as const },
    { paths: ["app/**"], exposure: "web" as const },
    { paths: ["tests", "conftest.py"], exposure: "test" as const },
  ];
  const config = { context };

  it("returns the exposure of the first entry with a matching glob", () => {
    expect(exposureFor(config, "scripts/deploy.py")).toBe("cli");
    expect(exposureFor(config, "tools/sub/dir/x.py")).toBe("cli");
    expect(exposureFor(config, "app/views.py")).toBe("web");
    expect(exposureFor(config, "app/admin/panel.py")).toBe("service");
  });

  it("first match wins even when a later entry also matches", () => {
    const reversed = { context: [context[2]!, context[1]!] };
    expect(exposureFor(reversed, "app/admin/panel.py")).toBe("web");
  });

  it("anchors globs with a slash at the repository root", () => {
    expect(exposureFor(config, "lib/scripts/deploy.py")).toBeUndefined();
    expect(exposureFor(config, "application/x.py")).toBeUndefined();
  });

  it("matches globs without a slash against any path segment", () => {
    expect(exposureFor(config, "tests/test_x.py")).toBe("test");
    expect(exposureFor(config, "pkg/tests/unit/test_y.py")).toBe("test");
    expect(exposureFor(config, "pkg/conftest.py")).toBe("test");
    expect(exposureFor(config, "pkg/tests_helper.py")).toBeUndefined();
  });

  it("normalises backslashes and leading ./", () => {
    expect(exposureFor(config, "./scripts/deploy.py")).toBe("cli");
    expect(exposureFor(config, "scripts\\deploy.py")).toBe("cli");
    expect(normalizeRelPath(".\\a//b/./c.py")).toBe("a/b/c.py");
  });

  it("returns undefined with no context entries", () => {
    expect(exposureFor(defaultConfig("/repo"), "app/views.py")).toBeUndefined();
  });

  it("works on a loaded config", () => {
    const repo = tempRepo({
      ".patchwarden.toml": '[[patchwarden.context]]\npaths = ["api/**"]\nexposure = "web"\n',
    });
    const { config } = loadConfig({ repoRoot: repo });
    expect(exposureFor(config, "api/users.py")).toBe("web");
    expect(exposureFor(config, "lib/users.py")).toBeUndefined();
  });
});

describe("isExcluded", () => {
  const config = {
    exclude: ["migrations/**", "vendor", "*_pb2.py", "/build/", "docs/*.py", "**/fixtures/**"],
  };

  it("anchors `dir/**` at the repository root", () => {
    expect(isExcluded(config, "migrations/0001_initial.py")).toBe(true);
    expect(isExcluded(config, "migrations/sub/0002.py")).toBe(true);
    expect(isExcluded(config, "app/migrations/0001_initial.py")).toBe(false);
  });

  it("matches `**/dir/**` at any depth", () => {
    expect(isExcluded(config, "fixtures/a.py")).toBe(true);
    expect(isExcluded(config, "tests/fixtures/a.py")).toBe(true);
    expect(isExcluded(config, "tests/fixture.py")).toBe(false);
  });

  it("matches a bare name as a directory or file anywhere", () => {
    expect(isExcluded(config, "vendor/lib.py")).toBe(true);
    expect(isExcluded(config, "src/vendor/lib/x.py")).toBe(true);
    expect(isExcluded(config, "proto/api_pb2.py")).toBe(true);
    expect(isExcluded(config, "src/vendored.py")).toBe(false);
  });

  it("treats leading and trailing slashes as plain anchoring", () => {
    expect(isExcluded(config, "build/lib/x.py")).toBe(true);
    expect(isExcluded(config, "src/build/x.py")).toBe(false);
  });

  it("covers files under a directory matched by a glob", () => {
    expect(isExcluded(config, "docs/conf.py")).toBe(true);
    expect(isExcluded(config, "docs/source/conf.py")).toBe(false);
  });

  it("matches dot-directories", () => {
    expect(isExcluded({ exclude: [".venv/**"] }, ".venv/lib/site.py")).toBe(true);
    expect(isExcluded({ exclude: ["**/*.py"] }, ".github/scripts/x.py")).toBe(true);
  });

  it("excludes nothing by default", () => {
    expect(isExcluded(defaultConfig("/repo"), "migrations/0001.py")).toBe(false);
  });

  it("keeps working on a config returned by mergeFlags", () => {
    const merged = mergeFlags({ ...defaultConfig("/repo"), exclude: ["vendor/**"] }, { threshold: "0.5" });
    expect(isExcluded(merged, "vendor/x.py")).toBe(true);
    expect(isExcluded(merged, "src/x.py")).toBe(false);
  });
});

describe("isIncluded / isReviewed", () => {
  it("includes Python files at any depth by default, dot-directories too", () => {
    const config = defaultConfig("/repo");
    expect(isIncluded(config, "setup.py")).toBe(true);
    expect(isIncluded(config, "src/pkg/mod.py")).toBe(true);
    expect(isIncluded(config, ".github/scripts/check.py")).toBe(true);
    expect(isIncluded(config, "README.md")).toBe(false);
    expect(isIncluded(config, "src/pkg/mod.pyi")).toBe(false);
  });

  it("matches include globs against files, not their directories", () => {
    const config = { include: ["src", "*.pyw", "tools/**/*.py"] };
    expect(isIncluded(config, "src/a.py")).toBe(false);
    expect(isIncluded(config, "gui/main.pyw")).toBe(true);
    expect(isIncluded(config, "tools/x/y.py")).toBe(true);
    expect(isIncluded(config, "lib/tools/y.py")).toBe(false);
  });

  it("isReviewed is included and not excluded", () => {
    const config = { include: ["**/*.py"], exclude: ["migrations/**"] };
    expect(isReviewed(config, "app/models.py")).toBe(true);
    expect(isReviewed(config, "migrations/0001.py")).toBe(false);
    expect(isReviewed(config, "app/data.json")).toBe(false);
  });
});
