// install / uninstall: put our hook in the active hooks directory without losing the one there
// (it is kept as pre-commit.leakproof-chained and run after the scan), or add our block to
// husky's .husky/pre-commit. Both are idempotent, and uninstall gives back exactly what was there.
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { LeakproofError } from "../errors.js";
import { addBlock, hasBlock, removeBlock } from "./husky.js";
import { locate } from "./locate.js";
import { CHAINED, SIGNATURE, hookBlock, hookScript, type CliLocation } from "./script.js";

export class HookError extends LeakproofError {}

export function install(cwd: string, cli: CliLocation): string[] {
  const t = locate(cwd);
  const show = (p: string) => relative(t.root, p) || ".";
  const done: string[] = [];
  if (t.husky) {
    const { script, active } = t.husky;
    const before = readOrUndefined(script);
    const after = addBlock(before, hookBlock(cli));
    if (before === after) done.push(`already in ${show(script)} (husky)`);
    else {
      writeFileSync(script, after);
      if (before === undefined) chmodSync(script, 0o755);
      done.push(`${before === undefined ? "created" : hasBlock(before) ? "updated" : "added to"} ${show(script)} (husky); commit it so everyone gets the check`);
    }
    if (!active) done.push("husky is not set up in this clone yet (core.hooksPath is not set): run `npx husky` (or npm install) so the hook runs");
    return done;
  }

  const hook = join(t.hooksDir, "pre-commit");
  const chained = join(t.hooksDir, CHAINED);
  mkdirSync(t.hooksDir, { recursive: true });
  const current = kind(hook);
  if (current === "ours") {
    const before = readFileSync(hook, "utf8");
    const after = hookScript(cli);
    if (before !== after) writeFileSync(hook, after);
    chmodSync(hook, 0o755);
    done.push(`${before === after ? "already installed" : "updated the hook"} in ${t.hooksDir}`);
  } else {
    if (current === "other") {
      if (exists(chained)) {
        throw new HookError(`${hook} is not leakproof's and ${CHAINED} already exists next to it; move one of them away, then run install again`);
      }
      renameSync(hook, chained);
    }
    writeFileSync(hook, hookScript(cli), { mode: 0o755 });
    chmodSync(hook, 0o755);
    done.push(`installed the pre-commit hook in ${t.hooksDir}`);
    if (current === "other") done.push(`your existing pre-commit hook is kept as ${CHAINED} and runs after the scan`);
    else if (exists(chained)) done.push(`${CHAINED} found there runs after the scan`);
  }
  done.push(`it runs node_modules/.bin/leakproof when present, else ${cli.script}; LEAKPROOF=0 skips it`);
  return done;
}

export function uninstall(cwd: string): string[] {
  const t = locate(cwd);
  const show = (p: string) => relative(t.root, p) || ".";
  const done: string[] = [];
  if (t.husky) {
    const text = readOrUndefined(t.husky.script);
    if (text !== undefined) {
      const r = removeBlock(text);
      if (r.removed && r.text === undefined) {
        unlinkSync(t.husky.script);
        done.push(`removed ${show(t.husky.script)} (husky; leakproof had created it)`);
      } else if (r.removed) {
        writeFileSync(t.husky.script, r.text!);
        done.push(`removed leakproof from ${show(t.husky.script)} (husky)`);
      }
    }
  }
  for (const dir of [t.hooksDir, ...t.otherDirs]) {
    const hook = join(dir, "pre-commit");
    const chained = join(dir, CHAINED);
    const current = kind(hook);
    if (current === "ours") {
      unlinkSync(hook);
      if (exists(chained)) {
        renameSync(chained, hook);
        done.push(`removed the hook from ${dir} and put back the pre-commit hook that was there`);
      } else done.push(`removed the hook from ${dir}`);
    } else if (exists(chained)) {
      done.push(`left ${join(dir, CHAINED)} alone: ${hook} is ${current === "none" ? "missing" : "not leakproof's"}; restore it by hand if it is yours`);
    }
  }
  if (done.length === 0) done.push(`leakproof's hook is not installed (looked in ${[t.husky?.script, t.hooksDir].filter(Boolean).join(" and ")})`);
  return done;
}

/** Is a hook ours, someone else's (any file or symlink), or absent? */
function kind(hook: string): "ours" | "other" | "none" {
  let st;
  try {
    st = lstatSync(hook);
  } catch {
    return "none";
  }
  if (!st.isFile()) return "other";
  try {
    return readFileSync(hook, "utf8").includes(SIGNATURE) ? "ours" : "other";
  } catch {
    return "other";
  }
}

function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function readOrUndefined(p: string): string | undefined {
  return existsSync(p) ? readFileSync(p, "utf8") : undefined;
}
