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

// src/cli/tag.ts
function tag(s, seed = 2166136261) {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}
var init_tag = __esm({
  "src/cli/tag.ts"() {
    "use strict";
  }
});

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

// src/cli/tiering.ts
var tiering_exports = {};
__export(tiering_exports, {
  OPTIMISE_AFTER: () => OPTIMISE_AFTER,
  isShort: () => isShort,
  scanned: () => scanned,
  startShort: () => startShort,
  stayResident: () => stayResident
});
function startShort() {
  if (state.quick || state.resident || process.env.LEAKPROOF_OPTIMIZE === "1") return;
  if (!KNOWN_V8.has(Number(process.versions.v8.split(".")[0]))) return;
  (0, import_node_v8.setFlagsFromString)("--no-turbofan --no-regexp-tier-up");
  state.quick = true;
}
function stayResident() {
  state.resident = true;
}
function scanned(chars) {
  if (!state.quick) return;
  state.seen += chars;
  if (state.seen > OPTIMISE_AFTER) {
    (0, import_node_v8.setFlagsFromString)("--turbofan");
    state.quick = false;
  }
}
function isShort() {
  return state.quick;
}
var import_node_v8, OPTIMISE_AFTER, KNOWN_V8, state;
var init_tiering = __esm({
  "src/cli/tiering.ts"() {
    "use strict";
    import_node_v8 = require("node:v8");
    OPTIMISE_AFTER = 1 << 20;
    KNOWN_V8 = /* @__PURE__ */ new Set([11, 12, 13, 14]);
    state = globalThis[/* @__PURE__ */ Symbol.for("leakproof.tiering")] ??= {
      quick: false,
      seen: 0,
      resident: false
    };
  }
});

// src/cli/codecache.ts
var codecache_exports = {};
__export(codecache_exports, {
  cacheDir: () => cacheDir,
  requireCached: () => requireCached
});
function cacheDir(env = process.env) {
  if (env.LEAKPROOF_NO_CACHE === "1") return void 0;
  const base = env.XDG_CACHE_HOME && (0, import_node_path3.isAbsolute)(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : (0, import_node_path3.join)((0, import_node_os2.homedir)(), ".cache");
  return (0, import_node_path3.join)(base, "leakproof");
}
function ownedByMe(path) {
  const st = (0, import_node_fs3.statSync)(path);
  if (typeof process.getuid !== "function") return true;
  return st.uid === process.getuid() && (st.mode & 18) === 0;
}
function requireCached(file, keep, dir = cacheDir()) {
  const source = (0, import_node_fs3.readFileSync)(file, "utf8");
  const st = (0, import_node_fs3.statSync)(file);
  const install = `${PREFIX}${tag(file)}-`;
  const name = `${install}${process.version}-${process.arch}-${st.size}-${Math.trunc(st.mtimeMs)}-${st.ino}${SUFFIX}`;
  const path = dir && (0, import_node_path3.join)(dir, name);
  let cached;
  try {
    if (path && ownedByMe(dir) && ownedByMe(path)) cached = (0, import_node_fs3.readFileSync)(path);
  } catch {
    cached = void 0;
  }
  if (path) (0, import_node_v82.setFlagsFromString)("--verify-snapshot-checksum");
  const script = new import_node_vm.Script(import_node_module2.Module.wrap(source), { filename: file, cachedData: cached });
  const module2 = { exports: {} };
  const fn = script.runInThisContext();
  fn.call(module2.exports, module2.exports, (0, import_node_module2.createRequire)(file), module2, file, (0, import_node_path3.dirname)(file));
  if (path && (!cached || script.cachedDataRejected))
    process.once("exit", () => {
      if (keep()) save(dir, install, name, () => script.createCachedData());
    });
  return module2.exports;
}
function save(dir, install, name, data) {
  try {
    (0, import_node_fs3.mkdirSync)(dir, { recursive: true, mode: 448 });
    if (!ownedByMe(dir)) return;
    const tmp = (0, import_node_path3.join)(dir, `.${name}.${process.pid}`);
    (0, import_node_fs3.writeFileSync)(tmp, data(), { mode: 384 });
    (0, import_node_fs3.renameSync)(tmp, (0, import_node_path3.join)(dir, name));
    for (const f of (0, import_node_fs3.readdirSync)(dir))
      if (f !== name && f.endsWith(SUFFIX) && f.startsWith(install)) (0, import_node_fs3.rmSync)((0, import_node_path3.join)(dir, f), { force: true });
      else if (f.startsWith(`.${install}`) && !f.endsWith(`.${process.pid}`)) (0, import_node_fs3.rmSync)((0, import_node_path3.join)(dir, f), { force: true });
  } catch {
  }
}
var import_node_fs3, import_node_module2, import_node_os2, import_node_path3, import_node_v82, import_node_vm, PREFIX, SUFFIX;
var init_codecache = __esm({
  "src/cli/codecache.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_module2 = require("node:module");
    import_node_os2 = require("node:os");
    import_node_path3 = require("node:path");
    import_node_v82 = require("node:v8");
    import_node_vm = require("node:vm");
    init_tag();
    PREFIX = "staged-";
    SUFFIX = ".v8cache";
  }
});

// src/cli/main.ts
var import_node_module3 = require("node:module");
var import_node_path4 = require("node:path");
var import_node_url = require("node:url");

// src/cli/daemon/client.ts
var import_node_module = require("node:module");
var import_node_net = require("node:net");
var import_node_path2 = require("node:path");

// src/cli/daemon/place.ts
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
init_tag();
var MAX_SOCKET_PATH = 100;
function daemonWanted(env) {
  if (process.platform === "win32" || typeof process.getuid !== "function") return false;
  if (env.LEAKPROOF_DAEMON === "0") return false;
  if (env.LEAKPROOF_DAEMON === "1") return true;
  return !env.CI || env.CI === "false" || env.CI === "0";
}
function socketDir(env) {
  const runtime = env.XDG_RUNTIME_DIR;
  return runtime && (0, import_node_path.isAbsolute)(runtime) ? (0, import_node_path.join)(runtime, "leakproof") : (0, import_node_path.join)((0, import_node_os.tmpdir)(), `leakproof-${process.getuid()}`);
}
function privateDir(dir) {
  try {
    const st = (0, import_node_fs.lstatSync)(dir);
    return st.isDirectory() && st.uid === process.getuid() && (st.mode & 63) === 0;
  } catch {
    return false;
  }
}
function socketPath(env, bundle, create) {
  const dir = socketDir(env);
  if (create) {
    try {
      (0, import_node_fs.mkdirSync)(dir, { mode: 448 });
    } catch {
    }
  }
  if (!privateDir(dir)) return void 0;
  let build;
  try {
    const st = (0, import_node_fs.lstatSync)(bundle);
    build = `${process.execPath}\0${bundle}\0${process.version}\0${st.size}-${Math.trunc(st.mtimeMs)}-${st.ino}`;
  } catch {
    return void 0;
  }
  const path = (0, import_node_path.join)(dir, `staged-${tag(build)}${tag(build, 16777619)}.sock`);
  return Buffer.byteLength(path) <= MAX_SOCKET_PATH ? path : void 0;
}
function mySocket(path) {
  try {
    const st = (0, import_node_fs.lstatSync)(path);
    return st.isSocket() && st.uid === process.getuid();
  } catch {
    return false;
  }
}

// src/cli/daemon/protocol.ts
var PROTOCOL = 1;
var MAX_LINE = 64 * 1024 * 1024;
function lineReader(onLine) {
  let held = [];
  let size = 0;
  return (chunk) => {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      held.push(chunk.subarray(start, nl));
      const line = Buffer.concat(held).toString("utf8");
      held = [];
      size = 0;
      start = nl + 1;
      onLine(line);
    }
    if (start < chunk.length) {
      held.push(chunk.subarray(start));
      size += chunk.length - start;
    }
    return size <= MAX_LINE;
  };
}

// src/cli/daemon/client.ts
var START_MS = 2e3;
function askDaemon(path, argv) {
  if (!mySocket(path)) return Promise.resolve({ absent: true });
  return new Promise((resolve) => {
    let settled = false;
    const done = (o) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(o);
    };
    const socket = (0, import_node_net.connect)(path);
    const timer = setTimeout(() => done({ absent: false }), START_MS);
    socket.once(
      "error",
      (e) => done({ absent: e.code === "ECONNREFUSED" || e.code === "ENOENT" })
    );
    socket.once("close", () => done({ absent: false }));
    socket.once("connect", () => socket.write(`${JSON.stringify(request(argv))}
`));
    const feed = lineReader((line) => {
      let reply;
      try {
        reply = JSON.parse(line);
      } catch {
        return done({ absent: false });
      }
      if ("started" in reply) return clearTimeout(timer);
      if ("fallback" in reply || typeof reply.code !== "number") return done({ absent: false });
      process.stdout.write(Buffer.from(reply.out, "base64"));
      process.stderr.write(Buffer.from(reply.err, "base64"));
      if (argv.includes("--verbose") || argv.includes("-v"))
        process.stderr.write(
          `leakproof: scanned by the daemon (pid ${reply.pid}; LEAKPROOF_DAEMON=0 scans in the hook's own process)
`
        );
      done({ code: reply.code });
    });
    socket.on("data", (chunk) => {
      if (!feed(chunk)) done({ absent: false });
    });
  });
}
function request(argv) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== void 0) env[k] = v;
  const mask = process.umask();
  return {
    v: PROTOCOL,
    argv,
    script: process.argv[1] ?? "",
    cwd: process.cwd(),
    env,
    umask: mask,
    tty: {
      out: process.stdout.isTTY === true,
      err: process.stderr.isTTY === true,
      columns: process.stdout.columns ?? 0
    }
  };
}
function startDaemon(main2, sock) {
  const keep = ["PATH", "HOME", "LEAKPROOF_DAEMON_IDLE", "SYSTEMROOT"];
  const env = {};
  for (const k of keep) if (process.env[k] !== void 0) env[k] = process.env[k];
  try {
    const { spawn } = (0, import_node_module.createRequire)(__leakproofUrl)("node:child_process");
    spawn(process.execPath, [main2, "__daemon", sock], {
      detached: true,
      stdio: "ignore",
      cwd: (0, import_node_path2.dirname)(sock),
      env
    }).unref();
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

// src/cli/run.ts
var KNOWN = Object.keys(COMMANDS);
async function runCli(argv, staged) {
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
  if (command === "staged") return (await staged()).run(opts);
  return (await Promise.resolve().then(() => __toESM(require("./commands.js"), 1))).runCommand(command, opts);
}

// src/cli/main.ts
async function main(argv) {
  if (argv[0] === "__daemon") return daemon(argv[1]);
  const sock = argv[0] === "staged" && typeof __dirname === "string" && daemonWanted(process.env) ? socketPath(process.env, (0, import_node_path4.join)(__dirname, "daemon.js"), true) : void 0;
  if (!sock) return runCli(argv, stagedCommand);
  const asked = await askDaemon(sock, argv);
  if ("code" in asked) return asked.code;
  try {
    return await runCli(argv, stagedCommand);
  } finally {
    if (asked.absent) startDaemon((0, import_node_url.fileURLToPath)(__leakproofUrl), sock);
  }
}
async function daemon(sock) {
  if (!sock || !privateDir((0, import_node_path4.dirname)(sock))) return EXIT.error;
  const server = await Promise.resolve().then(() => __toESM(require("./daemon.js"), 1));
  await server.serve(sock, server.idleSeconds(process.env) * 1e3);
  return EXIT.clean;
}
async function stagedCommand() {
  if (typeof __dirname !== "string") return Promise.resolve().then(() => __toESM(require("./staged.js"), 1));
  (0, import_node_module3.createRequire)(__leakproofUrl)("node:child_process");
  const { isShort: isShort2, startShort: startShort2 } = await Promise.resolve().then(() => (init_tiering(), tiering_exports));
  const { requireCached: requireCached2 } = await Promise.resolve().then(() => (init_codecache(), codecache_exports));
  startShort2();
  return requireCached2((0, import_node_path4.join)(__dirname, "staged.js"), isShort2);
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.exitCode = reportError(e);
  }
);
