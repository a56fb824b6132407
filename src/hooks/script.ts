// The hook text: hooks/pre-commit with the hook's name and the CLI's location filled in. The part
// between the `# >>> leakproof >>>` and `# <<< leakproof <<<` lines is also what goes into
// husky's .husky/<hook>. The same script guards every hook in HOOKS.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The hooks install manages. pre-commit checks ordinary commits; a merge that completes without
 * conflicts makes its commit without running pre-commit, and git (≥ 2.24) runs pre-merge-commit
 * instead. `leakproof staged` is right for both: what the index adds against HEAD.
 */
export const HOOKS = ["pre-commit", "pre-merge-commit"] as const;
export type HookName = (typeof HOOKS)[number];

export const BEGIN = "# >>> leakproof >>>";
export const END = "# <<< leakproof <<<";

/** The first words of our hook file: how install and uninstall recognise it. */
export function signature(hook: HookName): string {
  return `# leakproof ${hook} hook`;
}

/** The hook that was there before, kept next to ours and run after the scan. */
export function chainedName(hook: HookName): string {
  return `${hook}.leakproof-chained`;
}

/** What the hook's messages say it blocked. */
const BLOCKED: Record<HookName, string> = { "pre-commit": "commit", "pre-merge-commit": "merge" };

/** Where the leakproof that runs `install` lives: the hook falls back to it when the project has no node_modules/.bin/leakproof. */
export interface CliLocation {
  node: string;
  script: string;
}

export function currentCli(): CliLocation {
  return { node: process.execPath, script: fileURLToPath(new URL("../cli/main.js", import.meta.url)) };
}

function template(): string {
  return readFileSync(fileURLToPath(new URL("../../hooks/pre-commit", import.meta.url)), "utf8");
}

/** A word for sh, single-quoted. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The whole hook file. */
export function hookScript(cli: CliLocation, hook: HookName = "pre-commit"): string {
  return template()
    .replace(/@HOOK@/g, () => hook)
    .replace(/@BLOCKED@/g, () => BLOCKED[hook])
    .replace(/@CLI@/g, () => shellQuote(cli.script))
    .replace(/@NODE@/g, () => shellQuote(cli.node));
}

/** The marked block alone (first line BEGIN, last line END), each line ending in "\n". */
export function hookBlock(cli: CliLocation, hook: HookName = "pre-commit"): string {
  const text = hookScript(cli, hook);
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start === -1 || end === -1) throw new Error("hooks/pre-commit has lost its leakproof markers");
  return text.slice(start, end + END.length) + "\n";
}
