import type { PyNode } from "../../../python/ast.js";
import { type CallSite, isKnown } from "../../../python/model.js";
import { argument, defineRule, type RuleContext } from "../../rule.js";
import { calleeName } from "../pack-b-shared.js";

/** Libraries whose classes download from the Hugging Face Hub through `from_pretrained`. */
const FROM_PRETRAINED_LIBRARIES = ["transformers.", "diffusers."];

/** `datasets` builders that read local files instead of a Hub repository. */
const PACKAGED_BUILDERS = new Set([
  "csv",
  "json",
  "parquet",
  "text",
  "arrow",
  "pandas",
  "sql",
  "xml",
  "webdataset",
  "imagefolder",
  "audiofolder",
  "videofolder",
]);

const FULL_SHA = /^[0-9a-fA-F]{40}$/;
const SHORT_SHA = /^[0-9a-fA-F]{7,39}$/;

function isLocalPath(v: string): boolean {
  return /^(\.{1,2}(\/|\\|$)|\/|~|[A-Za-z]:[\\/])/.test(v);
}

export default defineRule(
  {
    id: "PW-HF-UNPINNED",
    title: "Hugging Face download without a pinned revision",
    category: "supply-chain",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-494",
    owasp: "A08:2021-Software and Data Integrity Failures",
    bandit: ["B615"],
    description:
      "`from_pretrained`, `datasets.load_dataset`, `hf_hub_download` and `snapshot_download` fetch whatever the " +
      "Hub repository's branch or tag points to at run time. If the repository is taken over or changed, the " +
      "program silently loads different weights, tokenizer code or data — possibly with pickled payloads or " +
      "`trust_remote_code` modules. Only a full 40-character commit hash pins the content; a branch or tag " +
      "name can move. An abbreviated hash is reported at LOW. Local paths and packaged dataset builders " +
      "(`csv`, `json`, …) are not reported.",
    remediation:
      'Pass `revision="<full commit sha>"` for every Hub download (and prefer safetensors weights).',
    example: {
      before: 'model = AutoModel.from_pretrained("org/model")',
      after:
        'model = AutoModel.from_pretrained("org/model", revision="4f1c0a5b9e6d2c7a8b3f0e1d2c3b4a5968778695")',
    },
    references: [
      "https://huggingface.co/docs/huggingface_hub/guides/download#from-specific-version",
      "https://huggingface.co/docs/transformers/main_classes/model#transformers.PreTrainedModel.from_pretrained",
      "https://cwe.mitre.org/data/definitions/494.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.methodCalls("from_pretrained")) {
      const owner = fromPretrainedOwner(ctx, call);
      if (!owner) continue;
      check(ctx, call, `${owner}.from_pretrained`, argument(call, 0, "pretrained_model_name_or_path"), true);
    }
    for (const call of ctx.calls("transformers.pipeline")) {
      const model = argument(call, 1, "model");
      if (!model) continue; // the task's default model is pinned by transformers itself
      const v = ctx.const(model, call.scope);
      if (typeof v !== "string") continue; // a model object, or a name we cannot see
      check(ctx, call, "transformers.pipeline", model, true);
    }
    for (const call of ctx.calls("datasets.load_dataset")) {
      const path = argument(call, 0, "path");
      const v = path ? ctx.const(path, call.scope) : undefined;
      if (typeof v === "string" && PACKAGED_BUILDERS.has(v)) continue;
      check(ctx, call, "datasets.load_dataset", path, true);
    }
    for (const call of ctx.calls(
      "huggingface_hub.hf_hub_download",
      "huggingface_hub.snapshot_download",
      "huggingface_hub.file_download.hf_hub_download",
      "huggingface_hub._snapshot_download.snapshot_download",
    )) {
      check(ctx, call, call.name as string, argument(call, 0, "repo_id"), false);
    }
  },
);

/** The transformers/diffusers class a `from_pretrained` call belongs to, directly or through a local subclass. */
function fromPretrainedOwner(ctx: RuleContext, call: CallSite): string | undefined {
  const name = calleeName(ctx.model, call);
  if (!name?.endsWith(".from_pretrained")) return undefined;
  const owner = name.slice(0, -".from_pretrained".length);
  if (FROM_PRETRAINED_LIBRARIES.some((p) => owner.startsWith(p))) return owner;
  // class MyModel(BertPreTrainedModel) defined in this file
  const cls = ctx.model.classes.find((c) => {
    const q = ctx.model.moduleName ? `${ctx.model.moduleName}.${c.qualname}` : c.qualname;
    return q === owner;
  });
  if (cls?.baseNames.some((b) => b && FROM_PRETRAINED_LIBRARIES.some((p) => b.startsWith(p))))
    return cls.name;
  return undefined;
}

function check(
  ctx: RuleContext,
  call: CallSite,
  api: string,
  source: PyNode | undefined,
  localAllowed: boolean,
): void {
  const offline = call.keywords.get("local_files_only");
  if (offline && ctx.const(offline, call.scope) === true) return; // reads the local cache only
  if (localAllowed && source) {
    const v = ctx.const(source, call.scope);
    if (typeof v === "string" && isLocalPath(v)) return;
  }
  const revision = call.keywords.get("revision") ?? call.keywords.get("commit_id");
  if (!revision) {
    if (call.kwargsArgs.length > 0) return; // **kwargs may pin it
    ctx.report(call.node, { message: `${api} downloads from the Hub without a pinned revision` });
    return;
  }
  const v = ctx.const(revision, call.scope);
  if (!isKnown(v)) return; // decided at run time; nothing certain to report
  if (typeof v === "string" && FULL_SHA.test(v)) return;
  if (typeof v === "string" && SHORT_SHA.test(v)) {
    ctx.report(call.node, {
      severity: "LOW",
      message: `${api} pins an abbreviated commit hash; use the full 40-character hash`,
    });
    return;
  }
  const shown = typeof v === "string" ? `"${v}"` : String(v);
  ctx.report(call.node, {
    message: `${api} uses revision=${shown}, a movable reference rather than a commit hash`,
  });
}
