// Every user-facing line of help in one place.
export const HELP = `leakproof: find hardcoded secrets before they reach git, and say how to fix them

Usage:
  leakproof staged [PATH...]     scan what the next commit adds (the pre-commit hook); PATHs narrow it
  leakproof history [RANGE...]   scan every commit (or a range such as origin/main..HEAD)
  leakproof dir [PATH...]        scan files on disk (default: .)
  leakproof install | uninstall  add / remove the pre-commit (and pre-merge-commit) hooks
  leakproof baseline [PATH...]   accept today's findings: writes .leakproof-baseline.json
  leakproof fix [PATH...]        move the secrets found to .env and read them from the environment
                                 (default: the staged files; --staged re-stages what it changed)
  leakproof rotate django        print a new Django SECRET_KEY and how to switch to it safely
  leakproof django [PATH]        Django's check --deploy on the production settings, statically
                                 (--settings MODULE, --all-settings, --fix adds safe missing settings)

Options:
  -f, --format text|json|sarif|github   report format (default text)
  -o, --output FILE        write the report to FILE instead of stdout
  -c, --config FILE        config file (default: .leakproof.toml at the repository root)
  -b, --baseline FILE      do not report findings listed in this baseline
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

Exit status: 0 nothing found, 1 secrets found, 2 error.
Suppress a line with a \`leakproof:allow\` comment; paths with .leakproofignore (gitignore syntax).
`;
