// Every user-facing line of help in one place: the overview, and each command's own --help.
export const HELP = `leakproof: find hardcoded secrets before they reach git, and say how to fix them

Usage:
  leakproof staged [PATH...]     scan what the next commit adds (the pre-commit hook); PATHs narrow it
  leakproof history [RANGE...]   scan every commit (or a range such as origin/main..HEAD)
  leakproof dir [PATH...]        scan files on disk (default: .)
  leakproof pre-push             scan the commits a push sends (the pre-push hook)
  leakproof install | uninstall  add / remove the pre-commit and pre-merge-commit hooks (--pre-push: pre-push too)
  leakproof baseline [PATH...]   accept today's findings: writes .leakproof-baseline.json, read by every scan
  leakproof fix [PATH...]        move the secrets found to .env and read them from the environment
                                 (default: the staged files; --staged re-stages what it changed)
  leakproof django [PATH]        Django's deployment checks (check --deploy), statically
  leakproof rotate django        print a new Django SECRET_KEY and how to switch to it safely
  leakproof django [PATH]        Django's check --deploy on the production settings, statically
                                 (--settings MODULE, --all-settings, --fix adds safe missing settings)

Options:
  -f, --format text|json|sarif|github   report format (default text); repeat with --output for several reports
  -o, --output FILE        write the report to FILE instead of stdout ("-": stdout)
  -c, --config FILE        config file (default: .leakproof.toml at the repository root)
  -b, --baseline FILE      do not report findings listed in this baseline (default: .leakproof-baseline.json)
      --write-baseline FILE  write this scan's findings as a baseline instead of reporting them
      --no-redact          show whole secret values (default: at most the first 4 characters)
  -C, --repo DIR           act on that repository / directory
      --since DATE         history: only commits since DATE (as git log --since takes it)
      --no-ignore          dir: scan files that .gitignore / .leakproofignore exclude
      --max-file-size MB   skip larger files, with a note (default 10)
      --exclude-tests      dir, history: leave out values in tests, docs and examples (reported one
                           severity lower and grouped otherwise; staged always reports them)
  -y, --yes                fix: apply without asking
  -n, --dry-run            fix: print the diff only
      --staged             fix: stage what it changed (never .env)
  -q, --quiet              no notes on stderr
  -v, --verbose            list every skipped file
  -h, --help, -V, --version

leakproof COMMAND --help tells more about one command.
Exit status: 0 nothing found, 1 secrets found, 2 error.
Suppress a line with a \`leakproof:allow\` comment; paths with .leakproofignore (gitignore syntax).
`;

/** One line per option, as the command helps show them. */
export const OPTION_LINES: Record<string, string> = {
  format: "  -f, --format FORMAT      text (default), json, sarif or github; repeat with --output for several reports",
  output: '  -o, --output FILE        write the report to FILE instead of stdout ("-": stdout)',
  config: "  -c, --config FILE        config file (default: .leakproof.toml at the repository root)",
  baseline:
    "  -b, --baseline FILE      accepted findings (default: .leakproof-baseline.json at the root, or the config's baseline)",
  "write-baseline": "      --write-baseline FILE  write this scan's findings as a baseline instead of reporting them",
  "no-redact": "      --no-redact          show whole secret values (default: at most the first 4 characters)",
  repo: "  -C, --repo DIR           act on that repository / directory",
  since: "      --since DATE         only commits since DATE (as git log --since takes it)",
  history: "      --history            also accept what every commit added (for leakproof history)",
  "no-ignore": "      --no-ignore          scan files that .gitignore / .leakproofignore exclude",
  "max-file-size": "      --max-file-size MB   skip larger files, with a note (default 10)",
  yes: "  -y, --yes                apply without asking",
  "dry-run": "  -n, --dry-run            print the diff only",
  staged: "      --staged             fix the staged files and stage what changed (never .env)",
  "pre-push": "      --pre-push           add the pre-push hook too: it checks the commits a push sends",
  settings: "      --settings MODULE    the production settings module (repeatable)",
  "all-settings": "      --all-settings       check every settings module found",
  quiet: "  -q, --quiet              no notes on stderr",
  verbose: "  -v, --verbose            more detail on stderr",
  help: "  -h, --help               this help",
};

const SCAN = ["format", "output", "config", "baseline", "write-baseline", "no-redact", "no-ignore", "max-file-size"];
const COMMON = ["repo", "quiet", "verbose", "help"];

/** Each command's usage, what it does, and the options it reads. */
export const COMMANDS: Record<string, { usage: string; about: string; options: string[]; exit?: string }> = {
  staged: {
    usage: "leakproof staged [PATH...]",
    about:
      "Scans what the next commit adds: the staged (index) content of added and changed lines, never the\nworking tree. This is what the pre-commit hook runs; PATHs (as lint-staged passes them) narrow it.",
    options: [...SCAN, ...COMMON],
  },
  history: {
    usage: "leakproof history [RANGE...]",
    about:
      "Scans the lines every commit reachable from any ref added, or the commits of the given ranges\n(origin/main..HEAD). Each finding says which commit added it and whether the secret is still at HEAD.",
    options: [...SCAN, "since", ...COMMON],
  },
  dir: {
    usage: "leakproof dir [PATH...]",
    about: "Scans files on disk (default: .), honouring .gitignore and .leakproofignore; single files too.",
    options: [...SCAN, ...COMMON],
  },
  "pre-push": {
    usage: "leakproof pre-push [REMOTE [URL]]",
    about:
      "The pre-push hook: scans the commits a push sends that the remote does not have (git's lines on\nstdin). Without them, the commits of HEAD that no remote-tracking ref has.",
    options: [...SCAN, ...COMMON],
  },
  install: {
    usage: "leakproof install [--pre-push]",
    about:
      "Adds the pre-commit and pre-merge-commit hooks where git runs them (core.hooksPath, worktrees,\nsubmodules, husky's .husky/); existing hooks are kept and run after the scan.",
    options: ["pre-push", "repo", "quiet", "help"],
    exit: "0 done, 2 error (nothing changed)",
  },
  uninstall: {
    usage: "leakproof uninstall",
    about: "Removes leakproof's hooks and puts back exactly what install replaced.",
    options: ["repo", "quiet", "help"],
    exit: "0 done, 2 error",
  },
  baseline: {
    usage: "leakproof baseline [PATH...] [--history]",
    about:
      "Accepts what a scan finds today: writes .leakproof-baseline.json at the repository root (or --output\nFILE). staged, dir, history and the hooks read it from there without flags; commit it.",
    options: ["output", "history", "config", "no-ignore", "max-file-size", ...COMMON],
  },
  fix: {
    usage: "leakproof fix [PATH...]",
    about:
      "Rewrites what it finds to read the environment and moves the values to .env (default: the staged\nfiles with findings; PATHs: files on disk).",
    options: ["staged", "yes", "dry-run", "config", "no-redact", ...COMMON],
    exit: "0 everything found was fixed, 1 findings remain, 2 error",
  },
  django: {
    usage: "leakproof django [PATH]",
    about: "Django's deployment checks (manage.py check --deploy), read statically from the production settings.",
    options: ["settings", "all-settings", "format", "output", "baseline", "write-baseline", "no-redact", ...COMMON],
  },
  rotate: {
    usage: "leakproof rotate django",
    about: "Prints a new Django SECRET_KEY and how to switch to it without logging everyone out.",
    options: ["help"],
    exit: "0 done, 2 error",
  },
};

export function commandHelp(command: string): string | undefined {
  const c = COMMANDS[command];
  if (!c) return undefined;
  const lines = c.options.map((o) => OPTION_LINES[o]).filter((l): l is string => l !== undefined);
  const exit = c.exit ?? "0 nothing found, 1 secrets found, 2 error";
  return `Usage: ${c.usage}\n\n${c.about}\n\nOptions:\n${lines.join("\n")}\n\nExit status: ${exit}.\n`;
}
