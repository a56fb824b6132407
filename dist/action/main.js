import { createRequire as __leakproofRequire } from "node:module"; const require = __leakproofRequire(import.meta.url);

// src/action/main.ts
import { spawnSync } from "node:child_process";
import { appendFileSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
var CLI = fileURLToPath(new URL("../cli/main.js", import.meta.url));
var ZERO = /^0+$/;
function rangesFor(eventName, event, input) {
  if (input.trim()) return input.trim().split(/\s+/);
  const pr = event.pull_request;
  if ((eventName === "pull_request" || eventName === "pull_request_target") && pr?.base?.sha && pr.head?.sha) {
    return [`${pr.base.sha}..${pr.head.sha}`];
  }
  if (eventName === "push" && event.after && !ZERO.test(event.after)) {
    return event.before && !ZERO.test(event.before) ? [`${event.before}..${event.after}`] : [event.after];
  }
  return [];
}
function main() {
  const env = process.env;
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  let event = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    } catch (e) {
      process.stderr.write(
        `leakproof: cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${e.message}
`
      );
      return 2;
    }
  }
  const ranges = rangesFor(eventName, event, env.INPUT_RANGE ?? "");
  const extra = (env.INPUT_ARGS ?? "").trim().split(/\s+/).filter(Boolean);
  const sarifFile = env.INPUT_SARIF_FILE || "leakproof.sarif";
  process.stdout.write(`leakproof: scanning ${ranges.length > 0 ? ranges.join(" ") : "the whole history"}
`);
  const annotate = run(["history", ...ranges, "--format", "github", ...extra], "inherit");
  if (annotate === 2) return output(2, "");
  const sarif = run(["history", ...ranges, "--format", "sarif", "--output", sarifFile, "--quiet", ...extra], "ignore");
  return output(annotate, sarif === 2 ? "" : sarifFile);
}
function run(args, stdio) {
  const r = spawnSync(process.execPath, [CLI, ...args], { stdio: ["ignore", stdio, "inherit"] });
  return r.status ?? 2;
}
function output(code, sarif) {
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `exit-code=${code}
sarif=${sarif}
`);
  return code;
}
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
export {
  rangesFor
};
