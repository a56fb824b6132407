// install / uninstall: put our hooks (HOOKS: pre-commit, pre-merge-commit; pre-push when asked) in the active hooks
// directory without losing the ones there (each is kept as <hook>.leakproof-chained and run after
// the scan), or add our block to husky's .husky/<hook>. Both are idempotent, and uninstall gives
// back exactly what was there.
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { LeakproofError } from "../errors.js";
import { addBlock, hasBlock, removeBlock } from "./husky.js";
import { lintStagedRunsLeakproof } from "./lintstaged.js";
import { locate } from "./locate.js";
import {
  ALL_HOOKS,
  HOOKS,
  PUSH_HOOK,
  chainedName,
  hookBlock,
  hookScript,
  signature,
  type CliLocation,
  type HookName,
} from "./script.js";

export class HookError extends LeakproofError {}

/** Why pre-merge-commit is there, said once when install adds it. */
const MERGE_NOTE =
  "pre-merge-commit checks what a merge brings in: git does not run pre-commit for the commit of a merge without conflicts";

/** Why pre-push is there, said once when install adds it. */
const PUSH_NOTE =
  "pre-push checks the commits a push sends that the remote does not have yet, however they were made (rebase, cherry-pick, --no-verify, tools)";

export interface InstallOptions {
  /** Add the pre-push hook too (kept up to date once installed, whatever this says). */
  prePush?: boolean;
}

export function install(cwd: string, cli: CliLocation, o: InstallOptions = {}): string[] {
  const t = locate(cwd);
  const show = (p: string) => relative(t.root, p) || ".";
  const done: string[] = [];
  const wanted = (dir: string, husky: boolean): HookName[] => {
    const has =
      o.prePush ||
      (husky
        ? hasBlock(readOrUndefined(join(dir, PUSH_HOOK)) ?? "")
        : kind(join(dir, PUSH_HOOK), PUSH_HOOK) === "ours");
    return has ? [...HOOKS, PUSH_HOOK] : [...HOOKS];
  };
  if (t.husky) {
    const { dir, active } = t.husky;
    const changed: string[] = [];
    for (const hook of wanted(dir, true)) {
      const script = join(dir, hook);
      const before = readOrUndefined(script);
      // lint-staged already runs `leakproof staged` from this hook: a second scan would only cost time.
      if (hook === "pre-commit" && !hasBlock(before ?? "") && lintStagedRunsLeakproof(before, dirname(dir))) {
        done.push(`left ${show(script)} as it is: it runs lint-staged, whose config already runs leakproof staged`);
        continue;
      }
      const after = addBlock(before, hookBlock(hook));
      if (before === after) done.push(`already in ${show(script)} (husky)`);
      else {
        writeFileSync(script, after);
        if (before === undefined) chmodSync(script, 0o755);
        changed.push(show(script));
        done.push(
          `${before === undefined ? "created" : hasBlock(before) ? "updated" : "added to"} ${show(script)} (husky)`,
        );
        if (hook === "pre-merge-commit" && before === undefined) done.push(MERGE_NOTE);
        if (hook === PUSH_HOOK && !hasBlock(before ?? "")) done.push(PUSH_NOTE);
      }
      // husky 9 runs .husky/<hook> from a stub .husky/_/<hook> it generates; without the stub git runs nothing.
      const stub = join(t.hooksDir, hook);
      if (active && basename(t.hooksDir) === "_" && !exists(stub)) {
        done.push(
          `${show(stub)} is missing, so git does not run ${show(script)}: update husky (9 or later) and run \`npx husky\``,
        );
      }
    }
    if (changed.length > 0) done.push(`commit ${changed.join(" and ")} so everyone gets the check`);
    if (!active)
      done.push(
        "husky is not set up in this clone yet (core.hooksPath is not set): run `npx husky` (or npm install) so the hooks run",
      );
    return done;
  }

  mkdirSync(t.hooksDir, { recursive: true });
  const plan = wanted(t.hooksDir, false).map((hook) => {
    const path = join(t.hooksDir, hook);
    return { hook, path, chained: join(t.hooksDir, chainedName(hook)), current: kind(path, hook) };
  });
  // Check every hook before touching any: no half-done install.
  for (const p of plan) {
    if (p.current === "other" && exists(p.chained)) {
      throw new HookError(
        `${p.path} is not leakproof's and ${chainedName(p.hook)} already exists next to it; move one of them away, then run install again`,
      );
    }
  }
  const status: Record<"installed" | "updated" | "current", HookName[]> = { installed: [], updated: [], current: [] };
  const notes: string[] = [];
  for (const { hook, path, chained, current } of plan) {
    if (current === "ours") {
      const before = readFileSync(path, "utf8");
      const after = hookScript(cli, hook);
      if (before !== after) writeFileSync(path, after);
      chmodSync(path, 0o755);
      status[before === after ? "current" : "updated"].push(hook);
      continue;
    }
    if (current === "other") renameSync(path, chained);
    writeFileSync(path, hookScript(cli, hook), { mode: 0o755 });
    chmodSync(path, 0o755);
    status.installed.push(hook);
    if (current === "other")
      notes.push(`your existing ${hook} hook is kept as ${chainedName(hook)} and runs after the scan`);
    else if (exists(chained)) notes.push(`${chainedName(hook)} found there runs after the scan`);
    if (hook === "pre-merge-commit") notes.push(MERGE_NOTE);
    if (hook === PUSH_HOOK) notes.push(PUSH_NOTE);
  }
  const names = (hooks: HookName[]) =>
    `the ${hooks.length > 1 ? `${hooks.slice(0, -1).join(", ")} and ${hooks.at(-1)}` : hooks[0]} hook${hooks.length > 1 ? "s" : ""}`;
  if (status.installed.length > 0) done.push(`installed ${names(status.installed)} in ${t.hooksDir}`);
  if (status.updated.length > 0) done.push(`updated ${names(status.updated)} in ${t.hooksDir}`);
  if (status.current.length > 0)
    done.push(
      `${names(status.current)} ${status.current.length > 1 ? "are" : "is"} already installed in ${t.hooksDir}`,
    );
  done.push(...notes);
  done.push(`they run node_modules/.bin/leakproof when present, else ${cli.script}; LEAKPROOF=0 skips them`);
  return done;
}

export function uninstall(cwd: string): string[] {
  const t = locate(cwd);
  const show = (p: string) => relative(t.root, p) || ".";
  const done: string[] = [];
  if (t.husky) {
    for (const hook of ALL_HOOKS) {
      const script = join(t.husky.dir, hook);
      const text = readOrUndefined(script);
      if (text === undefined) continue;
      const r = removeBlock(text);
      if (r.removed && r.text === undefined) {
        unlinkSync(script);
        done.push(`removed ${show(script)} (husky; leakproof had created it)`);
      } else if (r.removed) {
        writeFileSync(script, r.text!);
        done.push(`removed leakproof from ${show(script)} (husky)`);
      }
    }
  }
  for (const dir of [t.hooksDir, ...t.otherDirs]) {
    for (const hook of ALL_HOOKS) {
      const path = join(dir, hook);
      const chained = join(dir, chainedName(hook));
      const current = kind(path, hook);
      if (current === "ours") {
        unlinkSync(path);
        if (exists(chained)) {
          renameSync(chained, path);
          done.push(`removed the ${hook} hook from ${dir} and put back the ${hook} hook that was there`);
        } else done.push(`removed the ${hook} hook from ${dir}`);
      } else if (exists(chained)) {
        done.push(
          `left ${chained} alone: ${path} is ${current === "none" ? "missing" : "not leakproof's"}; restore it by hand if it is yours`,
        );
      }
    }
  }
  if (done.length === 0) {
    const husky = t.husky ? HOOKS.map((h) => show(join(t.husky!.dir, h))) : [];
    done.push(`leakproof's hooks are not installed (looked in ${[...husky, t.hooksDir].join(", ")})`);
  }
  return done;
}

/** Is a hook ours, someone else's (any file or symlink), or absent? */
function kind(path: string, hook: HookName): "ours" | "other" | "none" {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return "none";
  }
  if (!st.isFile()) return "other";
  try {
    return readFileSync(path, "utf8").includes(signature(hook)) ? "ours" : "other";
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
