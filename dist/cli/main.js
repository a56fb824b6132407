#!/usr/bin/env node
"use strict";
const __leakproofUrl = require("node:url").pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/cli/version.ts
var version_exports = {};
__export(version_exports, {
  version: () => version
});
function version() {
  const pkg = JSON.parse((0, import_node_fs2.readFileSync)(new URL("../../package.json", __leakproofUrl), "utf8"));
  return pkg.version;
}
var import_node_fs2;
var init_version = __esm({
  "src/cli/version.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
  }
});

// src/cli/main.ts
var import_node_module2 = require("node:module");
var import_node_path2 = require("node:path");

// src/cli/codecache.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_node_v8 = require("node:v8");
var import_node_vm = require("node:vm");
var PREFIX = "staged-";
var SUFFIX = ".v8cache";
function cacheDir(env = process.env) {
  if (env.LEAKPROOF_NO_CACHE === "1") return void 0;
  const base = env.XDG_CACHE_HOME && (0, import_node_path.isAbsolute)(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : (0, import_node_path.join)((0, import_node_os.homedir)(), ".cache");
  return (0, import_node_path.join)(base, "leakproof");
}
function ownedByMe(path) {
  const st = (0, import_node_fs.statSync)(path);
  if (typeof process.getuid !== "function") return true;
  return st.uid === process.getuid() && (st.mode & 18) === 0;
}
function requireCached(file, keep, dir = cacheDir()) {
  const source = (0, import_node_fs.readFileSync)(file, "utf8");
  const st = (0, import_node_fs.statSync)(file);
  const install = `${PREFIX}${pathTag(file)}-`;
  const name = `${install}${process.version}-${process.arch}-${st.size}-${Math.trunc(st.mtimeMs)}-${st.ino}${SUFFIX}`;
  const path = dir && (0, import_node_path.join)(dir, name);
  let cached;
  try {
    if (path && ownedByMe(dir) && ownedByMe(path)) cached = (0, import_node_fs.readFileSync)(path);
  } catch {
    cached = void 0;
  }
  if (path) (0, import_node_v8.setFlagsFromString)("--verify-snapshot-checksum");
  const script = new import_node_vm.Script(import_node_module.Module.wrap(source), { filename: file, cachedData: cached });
  const module2 = { exports: {} };
  const fn = script.runInThisContext();
  fn.call(module2.exports, module2.exports, (0, import_node_module.createRequire)(file), module2, file, (0, import_node_path.dirname)(file));
  if (path && (!cached || script.cachedDataRejected))
    process.once("exit", () => {
      if (keep()) save(dir, install, name, () => script.createCachedData());
    });
  return module2.exports;
}
function pathTag(path) {
  let h = 2166136261;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}
function save(dir, install, name, data) {
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
    if (!ownedByMe(dir)) return;
    const tmp = (0, import_node_path.join)(dir, `.${name}.${process.pid}`);
    (0, import_node_fs.writeFileSync)(tmp, data(), { mode: 384 });
    (0, import_node_fs.renameSync)(tmp, (0, import_node_path.join)(dir, name));
    for (const f of (0, import_node_fs.readdirSync)(dir))
      if (f !== name && f.endsWith(SUFFIX) && f.startsWith(install)) (0, import_node_fs.rmSync)((0, import_node_path.join)(dir, f), { force: true });
      else if (f.startsWith(`.${install}`) && !f.endsWith(`.${process.pid}`)) (0, import_node_fs.rmSync)((0, import_node_path.join)(dir, f), { force: true });
  } catch {
  }
}

// src/errors.ts
var USER_ERROR = /* @__PURE__ */ Symbol.for("leakproof.userError");
var LeakproofError = class extends Error {
  [USER_ERROR] = true;
};
function isUserError(e) {
  return typeof e === "object" && e !== null && e[USER_ERROR] === true;
}

// src/cli/errors.ts
var EXIT = { clean: 0, findings: 1, error: 2 };
var UsageError = class extends LeakproofError {
};
function reportError(e) {
  if (isUserError(e)) {
    process.stderr.write(`leakproof: error: ${e.message}
`);
  } else {
    const err = e;
    process.stderr.write(`leakproof: internal error: ${err?.stack ?? String(e)}
`);
  }
  return EXIT.error;
}

// src/cli/help.ts
var HELP = `leakproof: find hardcoded secrets before they reach git, and say how to fix them

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
var OPTION_LINES = {
  format: "  -f, --format FORMAT      text (default), json, sarif or github; repeat with --output for several reports",
  output: '  -o, --output FILE        write the report to FILE instead of stdout ("-": stdout)',
  config: "  -c, --config FILE        config file (default: .leakproof.toml at the repository root)",
  baseline: "  -b, --baseline FILE      accepted findings (default: .leakproof-baseline.json at the root, or the config's baseline)",
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
  help: "  -h, --help               this help"
};
var SCAN = ["format", "output", "config", "baseline", "write-baseline", "no-redact", "no-ignore", "max-file-size"];
var COMMON = ["repo", "quiet", "verbose", "help"];
var COMMANDS = {
  staged: {
    usage: "leakproof staged [PATH...]",
    about: "Scans what the next commit adds: the staged (index) content of added and changed lines, never the\nworking tree. This is what the pre-commit hook runs; PATHs (as lint-staged passes them) narrow it.",
    options: [...SCAN, ...COMMON]
  },
  history: {
    usage: "leakproof history [RANGE...]",
    about: "Scans the lines every commit reachable from any ref added, or the commits of the given ranges\n(origin/main..HEAD). Each finding says which commit added it and whether the secret is still at HEAD.",
    options: [...SCAN, "since", ...COMMON]
  },
  dir: {
    usage: "leakproof dir [PATH...]",
    about: "Scans files on disk (default: .), honouring .gitignore and .leakproofignore; single files too.",
    options: [...SCAN, ...COMMON]
  },
  "pre-push": {
    usage: "leakproof pre-push [REMOTE [URL]]",
    about: "The pre-push hook: scans the commits a push sends that the remote does not have (git's lines on\nstdin). Without them, the commits of HEAD that no remote-tracking ref has.",
    options: [...SCAN, ...COMMON]
  },
  install: {
    usage: "leakproof install [--pre-push]",
    about: "Adds the pre-commit and pre-merge-commit hooks where git runs them (core.hooksPath, worktrees,\nsubmodules, husky's .husky/); existing hooks are kept and run after the scan.",
    options: ["pre-push", "repo", "quiet", "help"],
    exit: "0 done, 2 error (nothing changed)"
  },
  uninstall: {
    usage: "leakproof uninstall",
    about: "Removes leakproof's hooks and puts back exactly what install replaced.",
    options: ["repo", "quiet", "help"],
    exit: "0 done, 2 error"
  },
  baseline: {
    usage: "leakproof baseline [PATH...] [--history]",
    about: "Accepts what a scan finds today: writes .leakproof-baseline.json at the repository root (or --output\nFILE). staged, dir, history and the hooks read it from there without flags; commit it.",
    options: ["output", "history", "config", "no-ignore", "max-file-size", ...COMMON]
  },
  fix: {
    usage: "leakproof fix [PATH...]",
    about: "Rewrites what it finds to read the environment and moves the values to .env (default: the staged\nfiles with findings; PATHs: files on disk).",
    options: ["staged", "yes", "dry-run", "config", "no-redact", ...COMMON],
    exit: "0 everything found was fixed, 1 findings remain, 2 error"
  },
  django: {
    usage: "leakproof django [PATH]",
    about: "Django's deployment checks (manage.py check --deploy), read statically from the production settings.",
    options: ["settings", "all-settings", "format", "output", "baseline", "write-baseline", "no-redact", ...COMMON]
  },
  rotate: {
    usage: "leakproof rotate django",
    about: "Prints a new Django SECRET_KEY and how to switch to it without logging everyone out.",
    options: ["help"],
    exit: "0 done, 2 error"
  }
};
function commandHelp(command) {
  const c = COMMANDS[command];
  if (!c) return void 0;
  const lines = c.options.map((o) => OPTION_LINES[o]).filter((l) => l !== void 0);
  const exit = c.exit ?? "0 nothing found, 1 secrets found, 2 error";
  return `Usage: ${c.usage}

${c.about}

Options:
${lines.join("\n")}

Exit status: ${exit}.
`;
}

// src/cli/options.ts
var import_node_util = require("node:util");

// src/cli/suggest.ts
function distance(a, b) {
  let prev2 = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}
function closest(word, known) {
  let best;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(word, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  if (best !== void 0 && bestD <= Math.max(2, Math.floor(word.length / 3))) return best;
  const prefixed = known.filter((k) => k.startsWith(word) && word.length >= 3);
  return prefixed.length === 1 ? prefixed[0] : void 0;
}

// src/cli/options.ts
var COMMON2 = {
  format: { type: "string", short: "f", multiple: true },
  output: { type: "string", short: "o", multiple: true },
  config: { type: "string", short: "c" },
  "no-redact": { type: "boolean" },
  repo: { type: "string", short: "C" },
  baseline: { type: "string", short: "b" },
  "write-baseline": { type: "string" },
  since: { type: "string" },
  history: { type: "boolean" },
  yes: { type: "boolean", short: "y" },
  "dry-run": { type: "boolean", short: "n" },
  staged: { type: "boolean" },
  "pre-push": { type: "boolean" },
  "no-ignore": { type: "boolean" },
  "max-file-size": { type: "string" },
  "exclude-tests": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  verbose: { type: "boolean", short: "v" },
  settings: { type: "string", multiple: true },
  "all-settings": { type: "boolean" },
  fix: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" }
};
function parseOptions(args, command) {
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({ args, options: COMMON2, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(parseError(e, command));
  }
  const { format = [], output = [] } = parsed.values;
  return {
    positionals: parsed.positionals,
    // The first --format / --output, for everything that reads one; `reports` has them all, paired in order.
    values: { ...parsed.values, format: format[0], output: output[0] === "-" ? void 0 : output[0] },
    reports: reportRequests(format, output)
  };
}
function reportRequests(formats, outputs) {
  if (outputs.length > Math.max(1, formats.length))
    throw new UsageError(`${outputs.length} --output but ${formats.length} --format: give each --output its --format`);
  const n = Math.max(1, formats.length);
  const reports = [];
  for (let i = 0; i < n; i++) {
    const out = outputs[i];
    reports.push({ format: formats[i] ?? "text", ...out !== void 0 && out !== "-" ? { output: out } : {} });
  }
  if (reports.filter((r) => r.output === void 0).length > 1)
    throw new UsageError(
      "only one report can go to stdout: give the others --output FILE (in the order of their --format)"
    );
  return reports;
}
function parseError(e, command) {
  const where = command && COMMANDS[command] ? `leakproof ${command} --help` : "leakproof --help";
  const unknown = /^Unknown option '([^']+)'/.exec(e.message);
  if (unknown) {
    const given = unknown[1];
    const name = given.replace(/^--?/, "").split("=")[0];
    const own = command ? COMMANDS[command]?.options : void 0;
    const guess = closest(name, own ?? Object.keys(COMMON2)) ?? closest(name, Object.keys(COMMON2));
    return `unknown option ${given}${guess ? `; did you mean --${guess}?` : ""} (${where} lists the options)`;
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(e.message);
  if (missing) return `${missing[1]} needs a value (${where})`;
  const noArg = /^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(e.message);
  if (noArg) return `${noArg[1]} takes no value (${where})`;
  return `${e.message.replace(/\.$/, "")} (${where})`;
}

// src/cli/tiering.ts
var import_node_v82 = require("node:v8");
var OPTIMISE_AFTER = 1 << 20;
var KNOWN_V8 = /* @__PURE__ */ new Set([11, 12, 13, 14]);
var state = globalThis[/* @__PURE__ */ Symbol.for("leakproof.tiering")] ??= {
  quick: false,
  seen: 0
};
function startShort() {
  if (state.quick || process.env.LEAKPROOF_OPTIMIZE === "1") return;
  if (!KNOWN_V8.has(Number(process.versions.v8.split(".")[0]))) return;
  (0, import_node_v82.setFlagsFromString)("--no-turbofan --no-regexp-tier-up");
  state.quick = true;
}
function isShort() {
  return state.quick;
}

// src/cli/main.ts
var KNOWN = Object.keys(COMMANDS);
async function main(argv) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "help" || command === "--help" || command === "-h") {
    const about = command === "help" && rest[0] ? commandHelp(rest[0]) : void 0;
    process.stdout.write(about ?? HELP);
    return command === void 0 ? EXIT.error : EXIT.clean;
  }
  if (command === "--version" || command === "-V" || command === "version") {
    const { version: version2 } = await Promise.resolve().then(() => (init_version(), version_exports));
    process.stdout.write(`leakproof ${version2()}
`);
    return EXIT.clean;
  }
  if (!KNOWN.includes(command)) {
    const guess = closest(command, KNOWN);
    throw new UsageError(
      `unknown command "${command}"${guess ? `; did you mean ${guess}?` : ""} (leakproof --help lists the commands)`
    );
  }
  const opts = parseOptions(rest, command);
  if (opts.values.help) {
    process.stdout.write(commandHelp(command) ?? HELP);
    return EXIT.clean;
  }
  if (opts.values.repo) {
    try {
      process.chdir(opts.values.repo);
    } catch {
      throw new UsageError(`cannot use --repo ${opts.values.repo}: no such directory`);
    }
  }
  if (command === "staged") return (await stagedCommand()).run(opts);
  return (await Promise.resolve().then(() => __toESM(require("./commands.js"), 1))).runCommand(command, opts);
}
async function stagedCommand() {
  if (typeof __dirname !== "string") return Promise.resolve().then(() => __toESM(require("./staged.js"), 1));
  (0, import_node_module2.createRequire)(__leakproofUrl)("node:child_process");
  startShort();
  return requireCached((0, import_node_path2.join)(__dirname, "staged.js"), isShort);
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.exitCode = reportError(e);
  }
);
