// The hook text: hooks/pre-commit with the hook's name, its command and (in the hooks directory
// only) the CLI's location filled in. The part between the `# >>> leakproof >>>` and
// `# <<< leakproof <<<` lines is also what goes into husky's .husky/<hook>: there it names no
// path of this machine, since .husky/ is committed and shared.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The hooks install always manages. pre-commit checks ordinary commits; a merge that completes
 * without conflicts makes its commit without running pre-commit, and git (≥ 2.24) runs
 * pre-merge-commit instead. `leakproof staged` is right for both: what the index adds against HEAD.
 */
export const HOOKS = ["pre-commit", "pre-merge-commit"] as const;
/** Added by `install --pre-push`: checks the commits a push sends, however they were made. */
export const PUSH_HOOK = "pre-push";
export const ALL_HOOKS = [...HOOKS, PUSH_HOOK] as const;
export type HookName = (typeof ALL_HOOKS)[number];

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

interface HookText {
  /** What the messages say was blocked. */
  blocked: string;
  /** The leakproof command line the hook runs (sh words). */
  command: string;
  found: string;
  /** git hands this hook lines on stdin, which the scan reads and what runs after it needs again. */
  stdin: boolean;
}

const TEXT: Record<HookName, HookText> = {
  "pre-commit": {
    blocked: "commit",
    command: "staged",
    found: "secrets found (see above)",
    stdin: false,
  },
  "pre-merge-commit": {
    blocked: "merge",
    command: "staged",
    found: "secrets found (see above)",
    stdin: false,
  },
  "pre-push": {
    blocked: "push",
    command: 'pre-push "$@"',
    found:
      "commits being pushed add secrets (see above); the secret is in a commit, so change that commit (git commit --amend, or git rebase -i) and push again",
    stdin: true,
  },
};

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

/** Reads git's lines whole (keeping the last newline: $(…) drops trailing newlines, hence the dot). */
const READ = ["  leakproof_input=$(cat; echo .)", "  leakproof_input=${leakproof_input%.}"].join("\n");
/** Gives the same lines back on stdin to what follows (husky's other commands, the chained hook). */
const RESTORE = [
  '  if [ -n "$leakproof_input" ]; then',
  "    leakproof_nl='",
  "'",
  // The here-document adds the last newline back.
  '    leakproof_input=${leakproof_input%"$leakproof_nl"}',
  "    exec <<leakproof_input_end",
  "$leakproof_input",
  "leakproof_input_end",
  "  else",
  "    exec </dev/null",
  "  fi",
].join("\n");

function fill(hook: HookName, cli: CliLocation | undefined): string {
  const t = TEXT[hook];
  const feed = t.stdin ? `printf '%s' "$leakproof_input" | ` : "";
  const pinned = cli
    ? [
        `  elif [ -f "$leakproof_cli" ]; then`,
        `    leakproof_node=${shellQuote(cli.node)}`,
        `    [ -x "$leakproof_node" ] || leakproof_node=node`,
        `    ${feed}NODE_EXTRA_CA_CERTS= "$leakproof_node" "$leakproof_cli" ${t.command} || leakproof_status=$?`,
      ].join("\n")
    : undefined;
  const where = cli
    ? "node_modules/.bin/leakproof, $leakproof_cli or leakproof on PATH"
    : "node_modules/.bin/leakproof or leakproof on PATH";
  let text = template();
  // The pinned CLI's path is set first thing, so a hook file can be checked (and edited) in one place.
  if (cli)
    text = text.replace("  leakproof_status=0\n", `  leakproof_cli=${shellQuote(cli.script)}\n  leakproof_status=0\n`);
  const lines: Record<string, string | undefined> = {
    "@READ@": t.stdin ? READ : undefined,
    "@PINNED@": pinned,
    "@RESTORE@": t.stdin ? RESTORE : undefined,
  };
  for (const [marker, value] of Object.entries(lines))
    text = text.replace(`${marker}\n`, () => (value === undefined ? "" : `${value}\n`));
  return text
    .replace(/@FEED@/g, () => feed)
    .replace(/@HOOK@/g, () => hook)
    .replace(/@BLOCKED@/g, () => t.blocked)
    .replace(/@FOUND@/g, () => t.found)
    .replace(/@NAME@/g, () => t.command.split(" ")[0]!)
    .replace(/@COMMAND@/g, () => t.command)
    .replace(/@WHERE@/g, () => where);
}

/** The whole hook file, for the hooks directory (this clone only): may fall back to the CLI that installed it. */
export function hookScript(cli: CliLocation, hook: HookName = "pre-commit"): string {
  return fill(hook, cli);
}

/** The marked block alone (first line BEGIN, last line END), for a committed .husky/<hook>: no machine paths. */
export function hookBlock(hook: HookName = "pre-commit"): string {
  const text = fill(hook, undefined);
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start === -1 || end === -1) throw new Error("hooks/pre-commit has lost its leakproof markers");
  return text.slice(start, end + END.length) + "\n";
}
