import { isKnown, truthy } from "../../../python/model.js";
import { defineRule } from "../../rule.js";

export default defineRule(
  {
    id: "PW-TORCH-LOAD",
    title: "torch.load without weights_only=True",
    category: "deserialization",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-502",
    owasp: "A08:2021-Software and Data Integrity Failures",
    bandit: ["B614"],
    description:
      "`torch.load` reads checkpoints with pickle. Unless `weights_only=True` restricts it to tensors and plain " +
      "containers, a crafted checkpoint (a downloaded model, a shared file) runs arbitrary code when it is " +
      "loaded. PyTorch before 2.6 defaults to the unrestricted loader, and `weights_only=False` asks for it " +
      "explicitly.",
    remediation:
      "Pass `weights_only=True` (and save only `state_dict()`s), or distribute weights as safetensors and load " +
      "them with `safetensors.torch.load_file`.",
    example: {
      before: 'model.load_state_dict(torch.load("weights.pt"))',
      after: 'model.load_state_dict(torch.load("weights.pt", weights_only=True))',
    },
    references: [
      "https://pytorch.org/docs/stable/generated/torch.load.html",
      "https://cwe.mitre.org/data/definitions/502.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls("torch.load", "torch.serialization.load")) {
      const flag = call.keywords.get("weights_only");
      if (!flag) {
        if (call.kwargsArgs.length > 0) continue; // **kwargs may carry weights_only
        ctx.report(call.node, {
          message: `${call.name} without weights_only=True unpickles arbitrary objects from the checkpoint`,
        });
        continue;
      }
      const v = ctx.const(flag, call.scope);
      if (!isKnown(v) || truthy(v)) continue;
      ctx.report(call.node, {
        message: `${call.name} with weights_only=False unpickles arbitrary objects from the checkpoint`,
      });
    }
  },
);
