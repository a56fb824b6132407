#!/usr/bin/env node
import { createRequire as __leakproofRequire } from "node:module"; const require = __leakproofRequire(import.meta.url);
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
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
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

// src/errors.ts
function isUserError(e) {
  return typeof e === "object" && e !== null && e[USER_ERROR] === true;
}
var USER_ERROR, LeakproofError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    USER_ERROR = /* @__PURE__ */ Symbol.for("leakproof.userError");
    LeakproofError = class extends Error {
      [USER_ERROR] = true;
    };
  }
});

// src/cli/errors.ts
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
var EXIT, UsageError;
var init_errors2 = __esm({
  "src/cli/errors.ts"() {
    "use strict";
    init_errors();
    EXIT = { clean: 0, findings: 1, error: 2 };
    UsageError = class extends LeakproofError {
    };
  }
});

// src/cli/version.ts
var version_exports = {};
__export(version_exports, {
  version: () => version
});
import { readFileSync } from "node:fs";
function version() {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  return pkg.version;
}
var init_version = __esm({
  "src/cli/version.ts"() {
    "use strict";
  }
});

// src/git/exec.ts
import { spawn, spawnSync } from "node:child_process";
function describe(args, code, stderr) {
  const shown = [];
  for (let i = 0; i < args.length && shown.length < 3; i++) {
    if (args[i] === "-c") i++;
    else if (args[i].length <= 40) shown.push(args[i]);
  }
  const why = stderr.trim().split("\n").filter((l) => l && !/^(hint|warning):/.test(l)).slice(-3).join("; ");
  return `git ${shown.join(" ")} failed${code === null ? "" : ` (exit ${code})`}${why ? `: ${why}` : ""}`;
}
function environment(extra) {
  return { ...process.env, GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0", ...extra };
}
function spawnFailure(args, e) {
  if (e.code === "ENOENT") return new GitError(args, null, "", "git is not installed or not on PATH");
  return new GitError(args, null, "", `cannot run git: ${e.message}`);
}
function gitSync(args, opts) {
  const r = spawnSync("git", [...FIXED, ...args], {
    cwd: opts.cwd,
    env: environment(opts.env),
    input: opts.input,
    stdio: [opts.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
    maxBuffer: opts.maxBuffer ?? 64 * 1024 * 1024,
    windowsHide: true
  });
  if (r.error) {
    const e = r.error;
    if (e.code === "ENOBUFS") throw new GitError(args, null, "", `git ${args[0]} produced more output than allowed`);
    throw spawnFailure(args, e);
  }
  const stderr = r.stderr.toString("utf8").slice(-STDERR_KEEP);
  const code = r.status ?? -1;
  if (code !== 0 && !(opts.okCodes ?? []).includes(code)) throw new GitError(args, r.status, stderr);
  return { code, stdout: r.stdout, stderr };
}
function gitText(args, opts) {
  return gitSync(args, opts).stdout.toString("utf8").replace(/\n$/, "");
}
function gitStream(args, opts, onData) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("git", [...FIXED, ...args], {
      cwd: opts.cwd,
      env: environment(opts.env),
      stdio: [opts.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
      windowsHide: true,
      ...opts.signal ? { signal: opts.signal } : {}
    });
    let stderr = "";
    let failed;
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (s) => {
      stderr = (stderr + s).slice(-STDERR_KEEP);
    });
    child.stdout.on("data", (chunk2) => {
      if (failed) return;
      try {
        onData(chunk2);
      } catch (e) {
        failed = e;
        child.kill();
      }
    });
    child.on("error", (e) => {
      failed ??= spawnFailure(args, e);
    });
    if (opts.input !== void 0) child.stdin.end(opts.input);
    child.on("close", (code) => {
      if (failed) return reject(failed);
      if (code === 0 || code !== null && (opts.okCodes ?? []).includes(code)) return resolvePromise(code);
      reject(new GitError(args, code, stderr));
    });
  });
}
var FIXED, STDERR_KEEP, GitError, LineSplitter;
var init_exec = __esm({
  "src/git/exec.ts"() {
    "use strict";
    init_errors();
    FIXED = [
      "--no-pager",
      "-c",
      "core.quotePath=false",
      "-c",
      "color.ui=false",
      "-c",
      "log.showSignature=false"
    ];
    STDERR_KEEP = 16 * 1024;
    GitError = class extends LeakproofError {
      constructor(args, code, stderr, reason) {
        super(reason ?? describe(args, code, stderr));
        this.args = args;
        this.code = code;
        this.stderr = stderr;
      }
      args;
      code;
      stderr;
    };
    LineSplitter = class {
      /** `maxLine`: a longer line is cut there and passed with truncated = true (memory stays bounded). */
      constructor(onLine, maxLine = Number.POSITIVE_INFINITY) {
        this.onLine = onLine;
        this.maxLine = maxLine;
      }
      onLine;
      maxLine;
      decoder = new TextDecoder("utf-8", { fatal: false });
      pending = "";
      overlong = false;
      push(chunk2) {
        const text2 = this.decoder.decode(chunk2, { stream: true });
        let start = 0;
        for (let nl = text2.indexOf("\n"); nl !== -1; nl = text2.indexOf("\n", start)) {
          this.take(text2.slice(start, nl), true);
          start = nl + 1;
        }
        this.take(text2.slice(start), false);
      }
      end() {
        this.take(this.decoder.decode(), false);
        if (this.pending !== "" || this.overlong) this.emit();
      }
      take(piece, complete) {
        if (!this.overlong) {
          this.pending += piece;
          if (this.pending.length > this.maxLine) {
            this.pending = this.pending.slice(0, this.maxLine);
            this.overlong = true;
          }
        }
        if (complete) this.emit();
      }
      emit() {
        const line = this.pending;
        const truncated = this.overlong;
        this.pending = "";
        this.overlong = false;
        this.onLine(line, truncated);
      }
    };
  }
});

// src/git/repo.ts
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
function nearestRepoDir(start) {
  let dir = resolve(start);
  for (; ; ) {
    if (existsSync(join(dir, ".git"))) return dir;
    const up = dirname(dir);
    if (up === dir) return void 0;
    dir = up;
  }
}
function quickWorkTreeTop(cwd) {
  if (!process.env.GIT_DIR && !process.env.GIT_WORK_TREE) {
    const found = nearestRepoDir(cwd);
    if (found) return found;
  }
  return workTreeTop(cwd);
}
function workTreeTop(cwd) {
  try {
    return gitText(["rev-parse", "--show-toplevel"], { cwd });
  } catch (e) {
    if (e instanceof GitError && /not a git repository/i.test(e.stderr)) {
      throw new GitError(e.args, e.code, e.stderr, `not a git repository: ${cwd}`);
    }
    if (e instanceof GitError && /work tree/i.test(e.stderr)) {
      throw new GitError(e.args, e.code, e.stderr, `${cwd} is not in a work tree (a bare repository?)`);
    }
    throw e;
  }
}
function gitPath(cwd, name) {
  return resolve(cwd, gitText(["rev-parse", "--git-path", name], { cwd }));
}
function commonDir(cwd) {
  return resolve(cwd, gitText(["rev-parse", "--git-common-dir"], { cwd }));
}
function configGet(cwd, key) {
  const r = gitSync(["config", "--get", key], { cwd, okCodes: [1] });
  return r.code === 0 ? r.stdout.toString("utf8").replace(/\n$/, "") : void 0;
}
function workTreeTopOrBare(cwd) {
  try {
    return workTreeTop(cwd);
  } catch (e) {
    if (e instanceof GitError && isBare(cwd)) return cwd;
    throw e;
  }
}
function isBare(cwd) {
  try {
    return gitText(["rev-parse", "--is-bare-repository"], { cwd }) === "true";
  } catch {
    return false;
  }
}
var init_repo = __esm({
  "src/git/repo.ts"() {
    "use strict";
    init_exec();
  }
});

// src/encoding.ts
function decodeText(buf) {
  if (buf.length >= 2 && buf[0] === 255 && buf[1] === 254) return utf16le.decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 254 && buf[1] === 255) return utf16be.decode(buf.subarray(2));
  const head = buf.subarray(0, SNIFF);
  if (head.indexOf(0) !== -1) return void 0;
  return utf8.decode(buf);
}
function decodeExact(bytes) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let decoded;
  if (buf.length >= 2 && buf[0] === 255 && buf[1] === 254)
    decoded = { text: buf.subarray(2).toString("utf16le"), encoding: "utf16le" };
  else if (buf.length >= 2 && buf[0] === 254 && buf[1] === 255)
    decoded = { text: swap16(buf.subarray(2)).toString("utf16le"), encoding: "utf16be" };
  else if (buf.indexOf(0) !== -1) return void 0;
  else {
    const bom = buf.length >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191;
    try {
      decoded = { text: strictUtf8.decode(bom ? buf.subarray(3) : buf), encoding: bom ? "utf8-bom" : "utf8" };
    } catch {
      decoded = { text: buf.toString("latin1"), encoding: "bytes" };
    }
  }
  return encode(decoded.text, decoded.encoding).equals(buf) ? decoded : void 0;
}
function encode(text2, encoding) {
  switch (encoding) {
    case "utf8":
      return Buffer.from(text2, "utf8");
    case "utf8-bom":
      return Buffer.concat([Buffer.from([239, 187, 191]), Buffer.from(text2, "utf8")]);
    case "utf16le":
      return Buffer.concat([Buffer.from([255, 254]), Buffer.from(text2, "utf16le")]);
    case "utf16be":
      return Buffer.concat([Buffer.from([254, 255]), swap16(Buffer.from(text2, "utf16le"))]);
    case "bytes":
      if (/[^\u0000-\u00ff]/.test(text2)) throw new Error("a character outside the file's 8-bit encoding");
      return Buffer.from(text2, "latin1");
  }
}
function swap16(b) {
  const out2 = Buffer.from(b);
  if (out2.length % 2 === 0) out2.swap16();
  return out2;
}
var utf8, utf16le, utf16be, SNIFF, strictUtf8;
var init_encoding = __esm({
  "src/encoding.ts"() {
    "use strict";
    utf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
    utf16le = new TextDecoder("utf-16le");
    utf16be = new TextDecoder("utf-16be");
    SNIFF = 8e3;
    strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  }
});

// src/git/diff.ts
function count(s) {
  return s === void 0 ? 1 : Number(s);
}
function splitHeader(rest, src, dst) {
  const strip = (p, prefix) => p.startsWith(prefix) ? p.slice(prefix.length) : p;
  if (rest.startsWith('"')) {
    const first = readQuoted(rest, 0);
    if (!first) return void 0;
    const second = rest.slice(first.end + 1);
    return [strip(first.value, src), strip(second.startsWith('"') ? unquote(second) : second, dst)];
  }
  if (rest.endsWith('"')) {
    const at2 = rest.lastIndexOf(` "${dst}`);
    if (at2 !== -1) return [strip(rest.slice(0, at2), src), strip(unquote(rest.slice(at2 + 1)), dst)];
  }
  if (rest.startsWith(src)) {
    const len = (rest.length - src.length - dst.length - 1) / 2;
    if (Number.isInteger(len) && len > 0) {
      const a = rest.slice(src.length, src.length + len);
      const b = rest.slice(src.length + len + 1 + dst.length);
      if (a === b && rest.slice(src.length + len, src.length + len + 1 + dst.length) === ` ${dst}`) return [a, b];
    }
  }
  const at = rest.indexOf(` ${dst}`);
  if (at === -1) return void 0;
  return [strip(rest.slice(0, at), src), rest.slice(at + 1 + dst.length)];
}
function readQuoted(s, start) {
  const bytes = [];
  let plain = start + 1;
  const flush = (to) => {
    for (const b of encoder.encode(s.slice(plain, to))) bytes.push(b);
  };
  for (let i = start + 1; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      flush(i);
      return { value: decoder.decode(new Uint8Array(bytes)), end: i + 1 };
    }
    if (c !== "\\") continue;
    flush(i);
    const d = s[i + 1] ?? "";
    if (/[0-7]/.test(d)) {
      bytes.push(parseInt(s.slice(i + 1, i + 4), 8) & 255);
      i += 3;
    } else {
      bytes.push(ESCAPES[d] ?? d.charCodeAt(0));
      i += 1;
    }
    plain = i + 1;
  }
  return void 0;
}
function unquote(name) {
  if (!name.startsWith('"')) return name;
  return readQuoted(name, 0)?.value ?? name;
}
var HUNK, COMBINED, INDEX, GITLINK, DiffParser, ESCAPES, encoder, decoder;
var init_diff = __esm({
  "src/git/diff.ts"() {
    "use strict";
    HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
    COMBINED = /^(@{3,}) ((?:-\d+(?:,\d+)? )+)\+(\d+)(?:,(\d+))? @{3,}/;
    INDEX = /^index ([0-9a-f]+)(?:,[0-9a-f]+)*\.\.([0-9a-f]+)(?: (\d+))?$/;
    GITLINK = "160000";
    DiffParser = class {
      constructor(sink, opts = {}) {
        this.sink = sink;
        this.src = opts.srcPrefix ?? "a/";
        this.dst = opts.dstPrefix ?? "b/";
        this.maxFileBytes = opts.maxFileBytes ?? Number.POSITIVE_INFINITY;
        this.combinedNewOnly = opts.combinedNewOnly ?? false;
      }
      sink;
      src;
      dst;
      maxFileBytes;
      combinedNewOnly;
      meta = {};
      file;
      inBinaryPatch = false;
      // Hunk state: lines still expected from each parent and from the new file.
      oldLeft = [];
      newLeft = 0;
      parents = 0;
      newLine = 0;
      run = [];
      runStart = 0;
      /** Commit data attached to the fragments that follow (history scans). */
      setMeta(meta) {
        this.flushRun();
        this.meta = { ...meta };
      }
      /** One line of the patch, without its "\n". `truncated`: the line was cut (over-long). */
      line(line, truncated = false) {
        if (this.parents > 0) {
          if (this.hunkLine(line, truncated)) return;
        }
        if (line.startsWith("diff --git ") || line.startsWith("diff --cc ") || line.startsWith("diff --combined ")) {
          this.endFile();
          this.startFile(line);
          return;
        }
        const f = this.file;
        if (!f) return;
        if (this.inBinaryPatch) return;
        if (line.startsWith("@@")) {
          this.startHunk(line);
        } else if (line.startsWith("--- ")) {
          const p = this.pathOf(line.slice(4), this.src);
          if (p !== void 0 && f.status !== "renamed" && f.status !== "copied") f.oldPath = p;
        } else if (line.startsWith("+++ ")) {
          const p = this.pathOf(line.slice(4), this.dst);
          if (p !== void 0) f.path = p;
          else f.status = "deleted";
        } else if (line.startsWith("rename from ") || line.startsWith("copy from ")) {
          f.oldPath = unquote(line.slice(line.indexOf(" from ") + 6));
          f.status = line.startsWith("rename") ? "renamed" : "copied";
        } else if (line.startsWith("rename to ") || line.startsWith("copy to ")) {
          f.path = unquote(line.slice(line.indexOf(" to ") + 4));
          f.status = line.startsWith("rename") ? "renamed" : "copied";
        } else if (line.startsWith("new file mode ")) {
          f.status = "added";
          f.newMode = line.slice(14).trim();
        } else if (line.startsWith("deleted file mode ")) {
          f.status = "deleted";
        } else if (line.startsWith("new mode ")) {
          f.newMode = line.slice(9).trim();
        } else if (line.startsWith("index ")) {
          const m = INDEX.exec(line);
          if (m) {
            f.newId = m[2];
            if (m[3]) f.newMode = m[3];
          }
        } else if (line.startsWith("Binary files ") && line.endsWith(" differ")) {
          f.binary = true;
        } else if (line === "GIT binary patch") {
          f.binary = true;
          this.inBinaryPatch = true;
        }
        f.submodule = f.newMode === GITLINK;
      }
      /** Call after the last line. */
      end() {
        if (this.parents > 0) this.endHunk();
        this.endFile();
      }
      startFile(line) {
        const rest = line.slice(line.indexOf(" ", 5) + 1);
        const names = (line.startsWith("diff --git ") ? splitHeader(rest, this.src, this.dst) : void 0) ?? [unquote(rest), unquote(rest)];
        const [oldPath, path] = names;
        this.file = { path, status: "modified", binary: false, submodule: false, tooLarge: false, addedBytes: 0 };
        if (oldPath !== path) this.file.oldPath = oldPath;
        this.inBinaryPatch = false;
      }
      endFile() {
        const f = this.file;
        if (!f) return;
        this.flushRun();
        if (f.oldPath === f.path) delete f.oldPath;
        this.file = void 0;
        this.sink.file?.(f);
      }
      startHunk(line) {
        let m = HUNK.exec(line);
        if (m) {
          this.parents = 1;
          this.oldLeft = [count(m[1])];
          this.newLine = Number(m[2]);
          this.newLeft = count(m[3]);
        } else if (m = COMBINED.exec(line)) {
          this.parents = m[1].length - 1;
          this.oldLeft = m[2].trim().split(" ").map((r) => count(r.split(",")[1]));
          this.newLine = Number(m[3]);
          this.newLeft = count(m[4]);
        } else {
          return;
        }
        if (this.hunkDone()) this.endHunk();
      }
      /** Returns false when the line is not hunk content (the hunk is then over). */
      hunkLine(line, truncated) {
        if (line.startsWith("\\")) return true;
        const n = this.parents;
        const prefix = line.length === 0 ? " ".repeat(n) : line.slice(0, n);
        if (!/^[ +-]+$/.test(prefix) || prefix.length !== n) {
          this.endHunk();
          return false;
        }
        const inNew = !prefix.includes("-");
        for (let i = 0; i < n; i++) if (prefix[i] !== "+") this.oldLeft[i]--;
        if (inNew) {
          this.newLeft--;
          if (n > 1 && this.combinedNewOnly ? !prefix.includes(" ") : prefix.includes("+"))
            this.added(line.slice(n), truncated);
          else this.flushRun();
          this.newLine++;
        }
        if (this.hunkDone()) this.endHunk();
        return true;
      }
      hunkDone() {
        return this.newLeft <= 0 && this.oldLeft.every((x) => x <= 0);
      }
      endHunk() {
        this.flushRun();
        this.parents = 0;
      }
      added(text2, truncated) {
        const f = this.file;
        if (!f || f.submodule || f.tooLarge) return;
        f.addedBytes += text2.length + 1;
        if (truncated || f.addedBytes > this.maxFileBytes) {
          f.tooLarge = true;
          this.run = [];
          return;
        }
        if (this.run.length > 0 && this.runStart + this.run.length !== this.newLine) this.flushRun();
        if (this.run.length === 0) this.runStart = this.newLine;
        this.run.push(text2);
      }
      flushRun() {
        const f = this.file;
        if (this.run.length > 0 && f && !f.tooLarge && !f.submodule) {
          const fragment = { path: f.path, text: this.run.join("\n"), startLine: this.runStart };
          if (this.meta.commit) fragment.commit = this.meta.commit;
          if (this.meta.author) fragment.author = this.meta.author;
          if (this.meta.date) fragment.date = this.meta.date;
          this.sink.fragment(fragment);
        }
        this.run = [];
      }
      pathOf(raw, prefix) {
        const name = raw.endsWith("	") ? raw.slice(0, -1) : raw;
        if (name === "/dev/null") return void 0;
        const p = unquote(name);
        return p.startsWith(prefix) ? p.slice(prefix.length) : p;
      }
    };
    ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
    encoder = new TextEncoder();
    decoder = new TextDecoder("utf-8");
  }
});

// src/git/files.ts
function literal(path) {
  return `:(top,literal)${path}`;
}
function isTracked(root, path) {
  return gitText(["ls-files", "--cached", "--", literal(path)], { cwd: root }) !== "";
}
function hasUnstagedChanges(root, path) {
  return gitSync(["diff", "--quiet", "--", literal(path)], { cwd: root, okCodes: [1] }).code === 1;
}
function ignoredAmong(root, paths) {
  if (paths.length === 0) return /* @__PURE__ */ new Set();
  const out2 = gitSync(["check-ignore", "--no-index", "--", ...paths], { cwd: root, okCodes: [1] });
  return new Set(out2.stdout.toString("utf8").split("\n").filter(Boolean));
}
function stage(root, paths) {
  gitSync(["add", "--", ...paths.map(literal)], { cwd: root });
}
function listFiles(root) {
  return gitSync(["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root }).stdout.toString("utf8").split("\0").filter(Boolean);
}
function stagedBytes(cwd, path, blob, max) {
  return gitSync(["cat-file", "blob", blob ?? `:0:${path}`], { cwd, maxBuffer: max + 1 }).stdout;
}
function headBytes(root, path) {
  const r = gitSync(["cat-file", "blob", `HEAD:${path}`], { cwd: root, okCodes: [128], maxBuffer: 64 * 1048576 });
  return r.code === 0 ? r.stdout : void 0;
}
var init_files = __esm({
  "src/git/files.ts"() {
    "use strict";
    init_exec();
  }
});

// src/units.ts
function mib(bytes, digits = 1) {
  return `${(bytes / MIB).toFixed(digits)} MiB`;
}
var MIB;
var init_units = __esm({
  "src/units.ts"() {
    "use strict";
    MIB = 1048576;
  }
});

// src/git/staged.ts
function diffArgs(paths, maxFileSize, text2) {
  return [
    // Files over the limit are reported as binary without git loading them; we then tell them apart by size.
    "-c",
    `core.bigFileThreshold=${Math.max(1, maxFileSize)}`,
    "diff",
    "--cached",
    "--no-ext-diff",
    "--no-textconv",
    "--no-color",
    "--no-relative",
    "--submodule=short",
    "--full-index",
    "-U0",
    "--inter-hunk-context=0",
    // A renamed file's unchanged lines are not new. Copies are not looked for: a copy is a new
    // place the secret lives, so all its lines are scanned.
    "--find-renames",
    "--diff-filter=ACMRT",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    ...text2 ? ["--text"] : [],
    "--",
    ...paths.map((p) => `:(top,literal)${p}`)
  ];
}
async function scanStaged(opts, onFragment, onSkip) {
  const { cwd, maxFileSize } = opts;
  const ignored = opts.isIgnored ?? (() => false);
  const blobs = /* @__PURE__ */ new Map();
  const binaries = [];
  const onFile = (pass) => (f) => {
    if (f.submodule || f.status === "deleted" || ignored(f.path)) return;
    if (f.newId && !/^0+$/.test(f.newId)) blobs.set(f.path, f.newId);
    if (f.tooLarge)
      onSkip({ path: f.path, reason: "too-large", detail: `more than ${mib(maxFileSize)} of added lines` });
    else if (f.binary && pass === "first") binaries.push(f);
    else if (f.binary) onSkip({ path: f.path, reason: "binary" });
  };
  const run10 = async (paths, pass) => {
    const parser = new DiffParser(
      { fragment: (fr) => ignored(fr.path) ? void 0 : onFragment(fr), file: onFile(pass) },
      { maxFileBytes: maxFileSize }
    );
    const lines2 = new LineSplitter((l, truncated) => parser.line(l, truncated), maxFileSize + 16);
    await gitStream(diffArgs(paths, maxFileSize, pass === "text"), { cwd }, (chunk2) => lines2.push(chunk2));
    lines2.end();
    parser.end();
  };
  await run10(opts.paths, "first");
  const sizes = blobSizes(
    cwd,
    binaries.map((f) => f.newId ?? "")
  );
  const asText = [];
  for (const f of binaries) {
    const size = sizes.get(f.newId ?? "");
    if (size === void 0) onSkip({ path: f.path, reason: "binary" });
    else if (size > maxFileSize) onSkip({ path: f.path, reason: "too-large", detail: mib(size) });
    else if (decodeText(stagedBytes(cwd, f.path, f.newId, maxFileSize)) === void 0)
      onSkip({ path: f.path, reason: "binary" });
    else asText.push(f);
  }
  if (asText.length > 0)
    await run10(
      asText.flatMap((f) => f.oldPath ? [f.oldPath, f.path] : [f.path]),
      "text"
    );
  return { blobs };
}
function blobSizes(cwd, ids) {
  const sizes = /* @__PURE__ */ new Map();
  const wanted = ids.filter((id) => /^[0-9a-f]+$/.test(id) && !/^0+$/.test(id));
  if (wanted.length === 0) return sizes;
  const out2 = gitText(["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)"], {
    cwd,
    input: wanted.join("\n") + "\n"
  });
  for (const line of out2.split("\n")) {
    const [id, type, size] = line.split(" ");
    if (id && type === "blob" && size) sizes.set(id, Number(size));
  }
  return sizes;
}
function stagedText(cwd, path, blob, max) {
  try {
    return decodeText(stagedBytes(cwd, path, blob, max));
  } catch {
    return void 0;
  }
}
var init_staged = __esm({
  "src/git/staged.ts"() {
    "use strict";
    init_encoding();
    init_diff();
    init_exec();
    init_files();
    init_units();
  }
});

// src/detect/keywords.ts
function fold(c) {
  return c >= 65 && c <= 90 ? c | 32 : c;
}
var ALPHABET, SHIFT, KeywordMatcher;
var init_keywords = __esm({
  "src/detect/keywords.ts"() {
    "use strict";
    ALPHABET = 128;
    SHIFT = 7;
    KeywordMatcher = class {
      /** `saved` is used when it was made for exactly these keywords; otherwise the automaton is built. */
      constructor(keywords, saved) {
        this.keywords = keywords;
        if (saved && saved.keywords.length === keywords.length && saved.keywords.every((k, i) => k === keywords[i])) {
          this.delta = saved.delta;
          this.out = saved.out.map((o) => o ?? void 0);
          this.hasOut = Uint8Array.from(saved.out, (o) => o ? 1 : 0);
          return;
        }
        const goto = [new Int32Array(ALPHABET).fill(-1)];
        const out2 = [void 0];
        keywords.forEach((kw, k) => {
          let s = 0;
          for (let i = 0; i < kw.length; i++) {
            const c = fold(kw.charCodeAt(i));
            if (c >= ALPHABET) throw new Error(`keyword ${JSON.stringify(kw)} must be ASCII`);
            const row = goto[s];
            if (row[c] === -1) {
              row[c] = goto.length;
              goto.push(new Int32Array(ALPHABET).fill(-1));
              out2.push(void 0);
            }
            s = row[c];
          }
          (out2[s] ??= []).push(k);
        });
        const n = goto.length;
        const next = new Int32Array(n * ALPHABET);
        const fail = new Int32Array(n);
        const queue = [];
        for (let c = 0; c < ALPHABET; c++) {
          const t = goto[0][c];
          next[c] = t === -1 ? 0 : t;
          if (t !== -1) queue.push(t);
        }
        for (let qi = 0; qi < queue.length; qi++) {
          const s = queue[qi];
          const f = fail[s];
          if (out2[f]) out2[s] = [...out2[s] ?? [], ...out2[f]];
          for (let c = 0; c < ALPHABET; c++) {
            const t = goto[s][c];
            if (t === -1) next[s * ALPHABET + c] = next[f * ALPHABET + c];
            else {
              fail[t] = next[f * ALPHABET + c];
              next[s * ALPHABET + c] = t;
              queue.push(t);
            }
          }
        }
        const delta = new Int32Array(n * ALPHABET);
        for (let s = 0; s < n; s++) {
          for (let c = 0; c < ALPHABET; c++) delta[s * ALPHABET + c] = next[s * ALPHABET + fold(c)] * ALPHABET;
        }
        this.delta = delta;
        this.out = out2;
        this.hasOut = Uint8Array.from(out2, (o) => o ? 1 : 0);
      }
      keywords;
      /**
       * The DFA: entry `s + c` is the next state for state `s` and character `c` (< 128). States are
       * stored premultiplied by ALPHABET, so a step is one load; upper-case columns repeat lower-case ones.
       */
      delta;
      /** For each state (by number, not premultiplied): the keywords that end there (including via failure links). */
      out;
      /** 1 where `out` has keywords: a typed-array check per character instead of an array load. */
      hasOut;
      /** The automaton as data, so a build can store it (src/rules/pack.ts) and a start can skip building it. */
      save() {
        return { keywords: [...this.keywords], delta: this.delta, out: this.out.map((o) => o ?? null) };
      }
      /** Calls `onHit` for every keyword occurrence. */
      scan(text2, onHit) {
        const delta = this.delta;
        const hasOut = this.hasOut;
        let s = 0;
        for (let i = 0, n = text2.length; i < n; i++) {
          const c = text2.charCodeAt(i);
          if (c >= ALPHABET) {
            s = 0;
            continue;
          }
          s = delta[s + c];
          if (hasOut[s >> SHIFT] !== 0) onHit(i + 1, this.out[s >> SHIFT]);
        }
      }
    };
  }
});

// src/detect/entropy.ts
function shannon(s) {
  if (s.length === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  const n = [...s].length;
  for (const c of counts.values()) {
    const p = c / n;
    h -= p * Math.log2(p);
  }
  return h;
}
function charsetOf(s) {
  if (/^(?:0x)?[0-9a-fA-F-]+$/.test(s) && /[0-9a-fA-F]/.test(s)) return "hex";
  if (/^[A-Za-z0-9+/=_-]+$/.test(s)) return "base64";
  return "any";
}
function entropyThreshold(rule, s) {
  const cs = charsetOf(s);
  return (cs === "hex" ? rule.hex : cs === "base64" ? rule.base64 : void 0) ?? rule.any;
}
var init_entropy = __esm({
  "src/detect/entropy.ts"() {
    "use strict";
  }
});

// src/detect/filekind.ts
function lang(kind2, ...extensions) {
  return extensions.map((e) => [e, kind2]);
}
function extensionOf(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}
function isCode(path) {
  return CODE.has(extensionOf(path));
}
function kindOf(path) {
  const base = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  const ext = extensionOf(path);
  if (base === ".env" || base.startsWith(".env.") || ext === "env") return "dotenv";
  if (base === "dockerfile" || base.startsWith("dockerfile.") || ext === "dockerfile") return "dockerfile";
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return "github-actions";
  if (/(^|[-.])compose[^/]*\.ya?ml$/.test(base)) return "compose";
  return CODE.get(ext) ?? CONFIG.get(ext) ?? "other";
}
var CODE, CONFIG;
var init_filekind = __esm({
  "src/detect/filekind.ts"() {
    "use strict";
    CODE = new Map([
      ...lang("python", "py", "pyi", "pyw", "ipynb"),
      ...lang("js", "js", "mjs", "cjs", "jsx", "ts", "mts", "cts", "tsx", "vue", "svelte"),
      ...lang("ruby", "rb", "rake"),
      ...lang("php", "php"),
      ...lang("go", "go"),
      // Gradle scripts are Groovy (or Kotlin): System.getenv reads the environment.
      ...lang("java", "java", "kt", "kts", "scala", "groovy", "gradle"),
      ...lang("csharp", "cs"),
      ...lang("rust", "rs"),
      ...lang(
        "other",
        ...["fs", "vb", "c", "h", "cc", "cpp", "cxx", "hpp", "hh", "m", "mm", "swift", "dart", "lua", "pl", "pm", "r"],
        ...["ex", "exs", "erl", "clj", "cljs", "hs", "ml", "jl", "cr", "nim", "zig"]
      ),
      // Terraform / HCL and PowerShell: a literal is quoted, a bare word is a reference (var.x, $env:X).
      ...lang("other", "tf", "tfvars", "hcl", "ps1", "psm1")
    ]);
    CONFIG = new Map([...lang("yaml", "yml", "yaml"), ...lang("shell", "sh", "bash", "zsh")]);
  }
});

// src/detect/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprint(ruleId, path, secret) {
  const secretHash = createHash("sha256").update(secret).digest("hex");
  return createHash("sha256").update(`${ruleId}\0${normalizePath(path)}\0${secretHash}`).digest("hex").slice(0, 32);
}
function normalizePath(path) {
  return path.replace(/\\/g, "/").replace(/^\.\//, "");
}
var init_fingerprint = __esm({
  "src/detect/fingerprint.ts"() {
    "use strict";
  }
});

// src/detect/allow.ts
function isAllowed(list, secret, match, name) {
  if (list.stopwords.length > 0) {
    const lower = secret.toLowerCase();
    if (list.stopwords.some((w) => lower.includes(w))) return true;
  }
  if (list.regexes.some((re) => re.test(secret))) return true;
  if (list.matchRegexes.some((re) => re.test(match))) return true;
  if (name !== void 0 && list.names.some((re) => re.test(name))) return true;
  return false;
}
var init_allow = __esm({
  "src/detect/allow.ts"() {
    "use strict";
  }
});

// src/detect/overlap.ts
function resolveOverlaps(findings, priorityOf) {
  const n = findings.length;
  if (n < 2) return findings;
  const sl = new Float64Array(n);
  const sc = new Float64Array(n);
  const el = new Float64Array(n);
  const ec = new Float64Array(n);
  findings.forEach((f, i) => {
    sl[i] = f.line;
    sc[i] = f.column;
    el[i] = f.endLine;
    ec[i] = f.endColumn;
  });
  const cmp = (al, ac, bl, bc) => al - bl || ac - bc;
  const byStart = Array.from({ length: n }, (_, i) => i).sort((a, b) => cmp(sl[a], sc[a], sl[b], sc[b]));
  const slot = new Int32Array(n);
  byStart.forEach((i, k) => slot[i] = k);
  const startsBefore = (line, column) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      const i = byStart[mid];
      if (cmp(sl[i], sc[i], line, column) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const tree = new Int32Array(n + 1).fill(-1);
  const later = (a, b) => b === -1 || a !== -1 && cmp(el[a], ec[a], el[b], ec[b]) > 0 ? a : b;
  const keep2 = (i) => {
    for (let k = slot[i] + 1; k <= n; k += k & -k) tree[k] = later(i, tree[k]);
  };
  const latestEnd = (count3) => {
    let best = -1;
    for (let k = count3; k > 0; k -= k & -k) best = later(tree[k], best);
    return best;
  };
  const ranked = [...findings.keys()].sort(
    (a, b) => priorityOf(findings[b].ruleId) - priorityOf(findings[a].ruleId) || findings[b].secret.length - findings[a].secret.length
  );
  const kept = [];
  for (const i of ranked) {
    const k = latestEnd(startsBefore(el[i], ec[i]));
    if (k !== -1 && cmp(sl[i], sc[i], el[k], ec[k]) < 0) continue;
    kept.push(i);
    keep2(i);
  }
  return kept.map((i) => findings[i]).sort((a, b) => a.line - b.line || a.column - b.column);
}
var init_overlap = __esm({
  "src/detect/overlap.ts"() {
    "use strict";
  }
});

// src/detect/decode.ts
function base64Text(s) {
  if (s.length < 8 || s.length > MAX_ENCODED) return void 0;
  const url = !B64.test(s);
  if (url && !B64URL.test(s)) return void 0;
  if (s.replace(/=+$/, "").length * 6 % 8 >= 6) return void 0;
  const enc = url ? "base64url" : "base64";
  if (s.length > 64 && printable(Buffer.from(s.slice(0, 64), enc)) === void 0) return void 0;
  return printable(Buffer.from(s, enc));
}
function hexText(s) {
  if (s.length % 2 !== 0 || s.length > MAX_ENCODED || !/^[0-9A-Fa-f]*$/.test(s)) return void 0;
  return printable(Buffer.from(s, "hex"));
}
function percentText(s) {
  if (!/%[0-9A-Fa-f]{2}/.test(s)) return void 0;
  try {
    const t = decodeURIComponent(s);
    return t === s ? void 0 : t;
  } catch {
    return void 0;
  }
}
function unescapeText(s) {
  if (!/\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2})/.test(s)) return void 0;
  const t = s.replace(/\\(?:u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})|(.))/g, (_m, u, x, c) => {
    if (u || x) return String.fromCharCode(parseInt(u ?? x, 16));
    return { n: "\n", r: "\r", t: "	", b: "\b", f: "\f", "0": "\0" }[c] ?? c;
  });
  return t === s ? void 0 : t;
}
function printable(buf) {
  if (buf.length === 0) return void 0;
  let bad = 0;
  for (const b of buf) if (b < 32 && b !== 9 && b !== 10 && b !== 13 || b === 127) bad++;
  if (bad > 0) return void 0;
  const text2 = buf.toString("utf8");
  if (text2.includes("\uFFFD")) return void 0;
  return text2;
}
function forEachRun(text2, each) {
  const n = text2.length;
  let i = 0;
  while (i < n) {
    const c = text2.charCodeAt(i);
    if (c >= 128 || CLASS[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    let all = 2;
    let signal = 0;
    for (; i < n; i++) {
      const k = text2.charCodeAt(i);
      const cls = k < 128 ? CLASS[k] : 0;
      if (cls === 0) break;
      all &= cls;
      signal |= cls;
    }
    let end = i;
    while (end < n && end - i < 2 && text2.charCodeAt(end) === 61) end++;
    if (i - start >= MIN_RUN && i - start <= MAX_ENCODED)
      each(start, end, all === 2 && end === i, (signal & 4) !== 0 || end > i);
    i = end;
  }
}
function basicBefore(text2, start) {
  let i = start;
  while (i > 0 && start - i < 4 && isSpace(text2.charCodeAt(i - 1))) i--;
  if (i === start || i < 5 || text2.slice(i - 5, i).toLowerCase() !== "basic") return false;
  return i === 5 || !isWord(text2.charCodeAt(i - 6));
}
function authBefore(text2, start) {
  if (text2.charCodeAt(start - 1) !== 34) return false;
  let i = start - 1;
  while (i > 0 && start - i < 6 && isSpace(text2.charCodeAt(i - 1))) i--;
  if (text2.charCodeAt(i - 1) !== 58) return false;
  i--;
  while (i > 0 && start - i < 10 && isSpace(text2.charCodeAt(i - 1))) i--;
  return text2.slice(i - 6, i) === '"auth"';
}
function nameBefore(text2, start) {
  let i = start;
  const q = text2.charCodeAt(i - 1);
  if (q === 34 || q === 39) i--;
  while (i > 0 && start - i < 6 && isSpace(text2.charCodeAt(i - 1))) i--;
  const op = text2.charCodeAt(i - 1);
  if (op !== 58 && op !== 61) return void 0;
  i--;
  while (i > 0 && start - i < 12 && isSpace(text2.charCodeAt(i - 1))) i--;
  const nq = text2.charCodeAt(i - 1);
  if (nq === 34 || nq === 39) i--;
  const end = i;
  while (i > 0 && end - i < 80 && isName(text2.charCodeAt(i - 1))) i--;
  return i < end ? text2.slice(i, end) : void 0;
}
function encodedValues(text2) {
  const out2 = [];
  const taken = [];
  let total = 0;
  const add = (start, end, decoded, via, name) => {
    if (decoded === void 0 || out2.length >= MAX_VALUES || total + decoded.length > MAX_DECODED_TOTAL) return;
    if (taken.some(([s, e]) => start < e && s < end)) return;
    taken.push([start, end]);
    total += decoded.length;
    out2.push({ start, end, text: name === void 0 ? decoded : `${name}=${decoded}`, via });
  };
  const credentials = (decoded) => /^[^:\s]{1,200}:[^\n]{1,400}$/.test(decoded) ? decoded : void 0;
  forEachRun(text2, (start, end, hex, signal) => {
    if (hex && end - start >= 32 && (end - start) % 2 === 0) {
      add(start, end, hexText(text2.slice(start, end)), "hex");
      return;
    }
    const basic = basicBefore(text2, start);
    if (basic || authBefore(text2, start)) {
      const decoded2 = base64Text(text2.slice(start, end));
      const c = decoded2 === void 0 ? void 0 : credentials(decoded2);
      add(
        start,
        end,
        c,
        basic ? "base64 (HTTP Basic credentials)" : "base64 (registry auth)",
        BASIC_PREFIX.slice(0, -1)
      );
      return;
    }
    if (!signal) return;
    const name = nameBefore(text2, start);
    if (name === void 0 && end - start < MIN_UNNAMED) return;
    const decoded = base64Text(text2.slice(start, end));
    if (decoded === void 0) return;
    const single = !decoded.includes("\n") && !/^\s*[{[]/.test(decoded);
    add(start, end, decoded, name ? `base64 (value of ${name})` : "base64", single ? name : void 0);
  });
  for (let i = text2.indexOf("%"), next = 0; i !== -1; i = text2.indexOf("%", Math.max(i + 1, next))) {
    if (!/^%[0-9A-Fa-f]{2}/.test(text2.slice(i, i + 3))) continue;
    let start = i;
    while (start > 0 && i - start < MAX_TOKEN && !TOKEN_END.test(text2[start - 1])) start--;
    let end = i;
    while (end < text2.length && end - start < MAX_TOKEN && !TOKEN_END.test(text2[end])) end++;
    next = end;
    add(start, end, percentText(text2.slice(start, end)), "percent-encoding");
  }
  if (text2.includes("\\u") || text2.includes("\\x")) {
    for (const m of text2.matchAll(ESCAPED)) {
      const v = m[1];
      add(m.index + 1, m.index + 1 + v.length, unescapeText(v), "string escapes");
    }
  }
  return out2;
}
function decodedFindings(fragment, detect, depth = 1) {
  if (depth > MAX_DEPTH) return [];
  const values = encodedValues(fragment.text);
  if (values.length === 0) return [];
  const path = fragment.path.endsWith(DECODED_SUFFIX) ? fragment.path : fragment.path + DECODED_SUFFIX;
  const origin = fragment.path.endsWith(DECODED_SUFFIX) ? fragment.path.slice(0, -DECODED_SUFFIX.length) : fragment.path;
  const out2 = [];
  for (const v of values) {
    const inner2 = { path, text: v.text, startLine: 1 };
    const found = [...detect(inner2), ...decodedFindings(inner2, detect, depth + 1)];
    for (const f of found) out2.push(relocate(f, fragment, origin, v));
  }
  return out2;
}
function relocate(f, fragment, path, v) {
  const text2 = fragment.text;
  const lineStart = (at) => text2.lastIndexOf("\n", at - 1) + 1;
  const lineOf = (at) => {
    let n = 0;
    for (let i = text2.indexOf("\n"); i !== -1 && i < at; i = text2.indexOf("\n", i + 1)) n++;
    return n;
  };
  const ls = lineStart(v.start);
  const le = text2.indexOf("\n", v.start);
  const line = lineOf(v.start);
  const endLine = line + (text2.slice(v.start, v.end).split("\n").length - 1);
  const via = `${NOTE}${v.via}`;
  const moved = {
    ...f,
    file: path,
    line: fragment.startLine + line,
    column: v.start - ls + 1,
    endLine: fragment.startLine + endLine,
    endColumn: v.end - lineStart(v.end) + 1,
    lineText: text2.slice(ls, le === -1 ? text2.length : le).replace(/\r$/, "").slice(0, 4096),
    fingerprint: fingerprint(f.ruleId, path, f.secret),
    // Decoded twice or more: the note lists the decodings from the outside in.
    notes: [...f.notes.filter((n) => !n.startsWith(NOTE)), via + inner(f.notes)]
  };
  delete moved.remediation;
  if (fragment.commit) moved.commit = fragment.commit;
  if (fragment.author) moved.author = fragment.author;
  if (fragment.date) moved.date = fragment.date;
  return moved;
}
function withDecoded(raw, decoded, priorityOf) {
  if (decoded.length === 0) return raw;
  const best = /* @__PURE__ */ new Map();
  for (const d of decoded) {
    const key = `${d.line}:${d.column}:${d.secret}`;
    const prev = best.get(key);
    if (!prev || priorityOf(d.ruleId) > priorityOf(prev.ruleId)) best.set(key, d);
  }
  const wins = (r, d) => priorityOf(r.ruleId) > priorityOf(d.ruleId) || priorityOf(r.ruleId) === priorityOf(d.ruleId) && r.ruleId !== d.ruleId;
  const kept = [...best.values()].filter((d) => !raw.some((r) => overlap(r, d) && wins(r, d)));
  const rest = raw.filter((r) => !kept.some((d) => overlap(r, d)));
  return [...rest, ...kept].sort((a, b) => a.line - b.line || a.column - b.column);
}
function overlap(a, b) {
  const before = (l1, c1, l2, c2) => l1 < l2 || l1 === l2 && c1 < c2;
  return before(a.line, a.column, b.endLine, b.endColumn) && before(b.line, b.column, a.endLine, a.endColumn);
}
var MAX_DEPTH, MAX_ENCODED, MAX_VALUES, MAX_DECODED_TOTAL, DECODED_SUFFIX, BASIC_PREFIX, B64, B64URL, MIN_UNNAMED, MIN_RUN, CLASS, isSpace, isWord, isName, TOKEN_END, MAX_TOKEN, ESCAPED, NOTE, inner;
var init_decode = __esm({
  "src/detect/decode.ts"() {
    "use strict";
    init_fingerprint();
    MAX_DEPTH = 3;
    MAX_ENCODED = 64 * 1024;
    MAX_VALUES = 2e3;
    MAX_DECODED_TOTAL = 1024 * 1024;
    DECODED_SUFFIX = "#decoded";
    BASIC_PREFIX = "basic-credentials=";
    B64 = /^[A-Za-z0-9+/]*={0,2}$/;
    B64URL = /^[A-Za-z0-9_-]*={0,2}$/;
    MIN_UNNAMED = 16;
    MIN_RUN = 8;
    CLASS = new Uint8Array(128);
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      if (/[A-Za-z0-9+/_-]/.test(ch)) CLASS[c] = 1;
      if (/[0-9A-Fa-f]/.test(ch)) CLASS[c] |= 2;
      if (/[0-9+/]/.test(ch)) CLASS[c] |= 4;
    }
    isSpace = (c) => c === 32 || c === 9;
    isWord = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
    isName = (c) => isWord(c) || c === 46 || c === 45;
    TOKEN_END = /[\s"'<>`]/;
    MAX_TOKEN = 4096;
    ESCAPED = /"((?:[^"\\\n]|\\[^\n]){1,2000})"/g;
    NOTE = "found in a value decoded from ";
    inner = (notes) => {
      const n = notes.find((x) => x.startsWith(NOTE));
      return n ? `, then ${n.slice(NOTE.length)}` : "";
    };
  }
});

// src/detect/detect.ts
function createDetector(set, prebuilt) {
  const { keywords, rulesOfKeyword } = keywordsOf(set);
  const unkeyed = set.rules.flatMap((rule, r) => rule.keywords.length === 0 && rule.files.length === 0 ? [r] : []);
  const byPath = set.rules.flatMap((rule, r) => rule.files.length > 0 ? [r] : []);
  const matcher = new KeywordMatcher(keywords, prebuilt);
  const priorityOf = new Map(set.rules.map((r) => [r.id, r.priority]));
  const keywordLength = keywords.map((k) => k.length);
  function detect(fragment) {
    const raw = detectRaw(fragment);
    if (set.placeholders.paths.some((re) => re.test(fragment.path))) return raw;
    const prio = (id) => priorityOf.get(id) ?? 0;
    return withDecoded(raw, decodedFindings(fragment, detectRaw), prio);
  }
  function detectRaw(fragment) {
    const { path, text: text2 } = fragment;
    if (set.placeholders.paths.some((re) => re.test(path))) return [];
    const code = isCode(path);
    const windows = /* @__PURE__ */ new Map();
    let ls = 0;
    let le = 0;
    let nl = -1;
    const lineAround = (hitStart) => {
      if (hitStart >= ls && hitStart <= nl) return;
      ls = hitStart === 0 ? 0 : text2.lastIndexOf("\n", hitStart - 1) + 1;
      nl = text2.indexOf("\n", hitStart);
      if (nl === -1) nl = text2.length;
      le = nl > ls && text2.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    };
    const addWindow = (r, hitStart, hitEnd) => {
      const rule = set.rules[r];
      let w;
      if (rule.multiline) w = [ls, Math.min(text2.length, Math.max(le, hitEnd + rule.reach))];
      else if (le - ls <= MAX_LINE) w = [ls, le];
      else w = [Math.max(ls, hitStart - HIT_RADIUS), Math.min(le, hitEnd + HIT_RADIUS)];
      let list = windows.get(r);
      if (!list) windows.set(r, list = []);
      const last = list[list.length - 1];
      if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
      else list.push(w);
    };
    matcher.scan(text2, (end, kws) => {
      for (const k of kws) {
        const hitStart = end - keywordLength[k];
        lineAround(hitStart);
        for (const r of rulesOfKeyword[k]) addWindow(r, hitStart, end);
      }
    });
    let index;
    if (unkeyed.length > 0) {
      index = new LineIndex(text2);
      for (let ln = 0; ln < index.count; ln++) {
        lineAround(index.start(ln));
        for (const r of unkeyed) addWindow(r, index.start(ln), index.start(ln));
      }
    }
    for (const r of byPath) {
      if (set.rules[r].files.some((re) => re.test(path)))
        windows.set(r, [[0, Math.min(text2.length, set.rules[r].reach)]]);
    }
    if (windows.size === 0) return [];
    const lines2 = () => index ??= new LineIndex(text2);
    const findings = [];
    const seen = /* @__PURE__ */ new Set();
    for (const [r, list] of windows) {
      const rule = set.rules[r];
      if (rule.paths.length > 0 && !rule.paths.some((re) => re.test(path))) continue;
      if (rule.allowlist.paths.some((re) => re.test(path))) continue;
      for (const [ws, we] of list) {
        const slice = text2.slice(ws, we);
        for (const re of rule.regexes) {
          re.lastIndex = 0;
          let m;
          while ((m = re.exec(slice)) !== null) {
            if (m[0].length === 0) re.lastIndex++;
            const found = secretOf(rule, m);
            if (!found) continue;
            const start = ws + found.start;
            const key = `${r}:${start}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const finding = check(rule, m, found.secret, start, fragment, lines2, code);
            if (finding) findings.push(finding);
          }
        }
      }
    }
    return resolveOverlaps(findings, (id) => priorityOf.get(id) ?? 0);
  }
  function check(rule, m, secret, start, fragment, lineIndex, code) {
    if (secret.length < rule.minLength || secret.length > rule.maxLength) return void 0;
    const text2 = fragment.text;
    if (code && rule.literalInCode && !inStringLiteral(text2, start, start + secret.length)) return void 0;
    const name = m.groups?.name;
    if (isAllowed(rule.allowlist, secret, m[0], name)) return void 0;
    if (rule.skipPlaceholders && isAllowed(set.placeholders, secret, m[0], name)) return void 0;
    if (rule.entropy && shannon(secret) < entropyThreshold(rule.entropy, secret)) return void 0;
    const lines2 = lineIndex();
    const ln = lines2.lineAt(start);
    const endLn = lines2.lineAt(start + secret.length - 1);
    const lineText = text2.slice(lines2.start(ln), Math.min(lines2.end(ln), lines2.start(ln) + MAX_LINE));
    for (const l of /* @__PURE__ */ new Set([ln, endLn])) {
      const t = text2.slice(lines2.start(l), lines2.end(l));
      if (ALLOW_MARKERS.some((mk) => t.includes(mk))) return void 0;
    }
    const q = text2[start - 1];
    const quoted = q !== void 0 && QUOTES.has(q) && text2[start + secret.length] === q ? 1 : 0;
    const finding = {
      ruleId: rule.id,
      file: fragment.path,
      line: fragment.startLine + ln,
      // The location is the value as written: a quoted literal starts at its opening quote.
      column: start - quoted - lines2.start(ln) + 1,
      endLine: fragment.startLine + endLn,
      endColumn: start + secret.length + quoted - lines2.start(endLn) + 1,
      secret,
      lineText,
      fingerprint: fingerprint(rule.id, fragment.path, secret),
      severity: rule.severity,
      message: rule.description,
      notes: []
    };
    if (name) finding.name = name;
    if (fragment.commit) finding.commit = fragment.commit;
    if (fragment.author) finding.author = fragment.author;
    if (fragment.date) finding.date = fragment.date;
    return finding;
  }
  return { detect, rules: set.rules };
}
function inStringLiteral(text2, start, end) {
  const before = text2[start - 1] ?? "";
  let after = text2[end] ?? "";
  if (after === "\\" && QUOTES.has(text2[end + 1] ?? "")) after = text2[end + 1];
  if (!QUOTES.has(after)) return false;
  if (before === after) return true;
  const head = text2.slice(text2.lastIndexOf("\n", start) + 1, start);
  let open = 0;
  for (let i = head.indexOf(after); i !== -1; i = head.indexOf(after, i + 1)) if (head[i - 1] !== "\\") open++;
  return open % 2 === 1;
}
function keywordsOf(set) {
  const keywords = [];
  const rulesOfKeyword = [];
  const index = /* @__PURE__ */ new Map();
  set.rules.forEach((rule, r) => {
    for (const kw of rule.keywords) {
      let k = index.get(kw);
      if (k === void 0) {
        k = keywords.push(kw) - 1;
        index.set(kw, k);
        rulesOfKeyword.push([]);
      }
      rulesOfKeyword[k].push(r);
    }
  });
  return { keywords, rulesOfKeyword };
}
function secretOf(rule, m) {
  const indices = m.indices;
  let g = rule.secretGroup;
  let span;
  if (g === void 0 && indices.groups?.secret) span = indices.groups.secret;
  else {
    g ??= m.length > 1 ? 1 : 0;
    span = indices[g];
  }
  if (!span) return void 0;
  const secret = m.input.slice(span[0], span[1]);
  return secret.length > 0 ? { secret, start: span[0] } : void 0;
}
var MAX_LINE, HIT_RADIUS, ALLOW_MARKERS, QUOTES, LineIndex;
var init_detect = __esm({
  "src/detect/detect.ts"() {
    "use strict";
    init_keywords();
    init_entropy();
    init_filekind();
    init_fingerprint();
    init_allow();
    init_overlap();
    init_decode();
    MAX_LINE = 4096;
    HIT_RADIUS = 1024;
    ALLOW_MARKERS = ["leakproof:allow", "gitleaks:allow", "pragma: allowlist secret"];
    QUOTES = /* @__PURE__ */ new Set(["'", '"', "`"]);
    LineIndex = class {
      constructor(text2) {
        this.text = text2;
        for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) this.starts.push(i + 1);
      }
      text;
      starts = [0];
      get count() {
        return this.starts.length;
      }
      start(line) {
        return this.starts[line];
      }
      /** End of the line's content, before "\r\n" or "\n". */
      end(line) {
        let e = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
        if (e > this.start(line) && this.text.charCodeAt(e - 1) === 13) e--;
        return e;
      }
      lineAt(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if (this.starts[mid] <= offset) lo = mid;
          else hi = mid - 1;
        }
        return lo;
      }
    };
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value2) => {
      Object.defineProperty(object, key, { value: value2 });
      return value2;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out2 = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out2 += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out2 += pattern.slice(index, index + 2);
          } else {
            out2 += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out2 += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out2 += hold(NEVER_MATCH);
            index = length;
          } else {
            out2 += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out2 += char;
          index++;
        }
      }
      return {
        source: out2,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run10, space) => space ? run10.slice(0, run10.length - run10.length % 2) + SPACE : run10,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str2) => index + 6 < str2.length ? str2.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range2, close) => `\\[${range2}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run10, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run10.length && !run10[index].wildcard; index++) {
        separator += run10[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out2 = EMPTY;
      let run10 = [];
      const flush = () => {
        let lastWildcard;
        run10.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run10.forEach((token, at) => {
          if (!token.wildcard) {
            out2 += token.single;
            return;
          }
          out2 += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run10, at)})[^\\/])*`;
        });
        run10 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run10.push(token);
          return;
        }
        flush();
        out2 += token.boundary;
      });
      flush();
      return out2;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str2 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str2, "i") : new RegExp(str2);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str2) => {
      let count3 = 0;
      while (str2[str2.length - count3 - 1] === ESCAPE) {
        count3++;
      }
      return count3 % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename4 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename4 : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal2 = this._rules.testLiteral(path);
        return literal2.ignored || literal2.unignored ? literal2 : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str2) => /^\\\\\?\\/.test(str2) || /["<>|\u0000-\u001F]+/u.test(str2) ? str2 : str2.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/sources/ignorefile.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
function pathIgnore(root, extra) {
  const file = readIgnoreFile(join2(root, ".leakproofignore"));
  const ig = file ?? (0, import_ignore.default)();
  if (extra.length > 0) ig.add(extra);
  return { ig, empty: file === void 0 && extra.length === 0 };
}
function ignoredPaths(root, extra, noIgnore) {
  if (noIgnore) return () => false;
  const { ig, empty } = pathIgnore(root, extra);
  return empty ? () => false : (path) => ig.ignores(path);
}
function readIgnoreFile(file) {
  try {
    return (0, import_ignore.default)().add(readFileSync2(file, "utf8"));
  } catch {
    return void 0;
  }
}
var import_ignore;
var init_ignorefile = __esm({
  "src/sources/ignorefile.ts"() {
    "use strict";
    import_ignore = __toESM(require_ignore(), 1);
  }
});

// src/posix.ts
import { relative, sep } from "node:path";
function toPosix(p) {
  return sep === "/" ? p : p.split(sep).join("/");
}
function posixRelative(from, to) {
  return toPosix(relative(from, to));
}
var init_posix = __esm({
  "src/posix.ts"() {
    "use strict";
  }
});

// src/cli/paths.ts
import { realpathSync } from "node:fs";
import { isAbsolute, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
function repoPath(cwd, root, given) {
  const rel = relative2(real(root), resolve2(real(cwd), given));
  if (rel === ".." || rel.startsWith(`..${sep2}`) || isAbsolute(rel))
    throw new UsageError(`${given} is outside the repository (${root})`);
  return toPosix(rel);
}
function real(p) {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
var init_paths = __esm({
  "src/cli/paths.ts"() {
    "use strict";
    init_errors2();
    init_posix();
  }
});

// src/cli/collect/staged.ts
async function collectStaged(cwd, root, s, opts) {
  const given = opts.positionals.map((p) => repoPath(cwd, root, p));
  const paths = given.includes("") ? [] : given;
  const isIgnored2 = ignoredPaths(root, s.config.ignore, opts.values["no-ignore"] ?? false);
  const detector = createDetector(s.rules, s.prebuilt);
  const findings = [];
  const skips = [];
  const { blobs } = await scanStaged(
    { cwd, paths, maxFileSize: s.maxFileSize, isIgnored: isIgnored2 },
    (fragment) => {
      for (const f of detector.detect(fragment)) findings.push(f);
    },
    (skip) => skips.push(skip)
  );
  return { findings, skips, blobs };
}
var init_staged2 = __esm({
  "src/cli/collect/staged.ts"() {
    "use strict";
    init_detect();
    init_staged();
    init_ignorefile();
    init_paths();
  }
});

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines2 = string.slice(0, ptr).split(/\r?\n/);
  return [lines2.length, lines2.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines2 = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines2[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError;
var init_error = __esm({
  "node_modules/smol-toml/dist/error.js"() {
    TomlError = class _TomlError extends Error {
      line;
      column;
      codeblock;
      constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}

${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
      }
      /** @internal */
      static x(message, ctx, ptr) {
        throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
      }
    };
  }
});

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value2 = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value2 = value2 << 4 | digit;
        }
        if (value2 < 0 || value2 > 1114111 || value2 >= 55296 && value2 <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value2);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}
var init_primitive = __esm({
  "node_modules/smol-toml/dist/primitive.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE, TomlDate;
var init_date = __esm({
  "node_modules/smol-toml/dist/date.js"() {
    DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
    TomlDate = class _TomlDate extends Date {
      #hasDate = false;
      #hasTime = false;
      #offset = null;
      constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = "Z";
        let c;
        if (typeof date === "string") {
          if (fasttype)
            prep: {
              if (fasttype < 3) {
                if (+date.slice(11, 13) > 23) {
                  date = "";
                  break prep;
                }
                if (fasttype === 2) {
                  offset = null;
                  date += "Z";
                } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
                  offset = date.slice(date.length - 6);
                }
                if (unsafeDelim)
                  date = date.slice(0, 10) + "T" + date.slice(11);
              } else if (fasttype === 4) {
                date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
              }
              hasDate = fasttype !== 4;
              hasTime = fasttype !== 3;
            }
          else {
            let match = date.match(DATE_TIME_RE);
            if (match) {
              if (!match[1]) {
                hasDate = false;
                date = `0000-01-01T${date}`;
              }
              hasTime = !!match[2];
              hasTime && date[10] === " " && (date = date.replace(" ", "T"));
              if (match[2] && +match[2] > 23) {
                date = "";
              } else {
                offset = match[3] || null;
                if (!offset && hasTime)
                  date += "Z";
              }
            } else {
              date = "";
            }
          }
        }
        super(date);
        if (!isNaN(this.getTime())) {
          this.#hasDate = hasDate;
          this.#hasTime = hasTime;
          this.#offset = offset;
        }
      }
      isDateTime() {
        return this.#hasDate && this.#hasTime;
      }
      isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
      }
      isDate() {
        return this.#hasDate && !this.#hasTime;
      }
      isTime() {
        return this.#hasTime && !this.#hasDate;
      }
      isValid() {
        return this.#hasDate || this.#hasTime;
      }
      toISOString() {
        let iso = super.toISOString();
        if (this.isDate())
          return iso.slice(0, 10);
        if (this.isTime())
          return iso.slice(11, 23);
        if (this.#offset === null)
          return iso.slice(0, -1);
        if (this.#offset === "Z" || this.#offset === "z")
          return iso;
        let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
        offset = this.#offset[0] === "-" ? offset : -offset;
        let offsetDate = new Date(this.getTime() - offset * 6e4);
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
      }
      static wrapAsOffsetDateTime(jsDate, offset = "Z") {
        let date = new _TomlDate(jsDate);
        date.#offset = offset;
        return date;
      }
      static wrapAsLocalDateTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#offset = null;
        return date;
      }
      static wrapAsLocalDate(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
      }
      static wrapAsLocalTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
      }
    };
  }
});

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value2 = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value2;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str2 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str2 = str2.replaceAll("_", "");
  return state > 1 ? parseFloat(str2) : parseInteger(ctx, str2, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str2 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str2 = str2.replaceAll("_", "");
  return parseInteger(ctx, str2, base, startPtr);
}
function parseInteger(ctx, str2, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str2, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str2) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str2);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str2, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str2, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str2 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str2);
      case 2:
        return Temporal.PlainDateTime.from(str2);
      case 3:
        return Temporal.PlainDate.from(str2);
      case 4:
        return Temporal.PlainTime.from(str2);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}
var init_extract = __esm({
  "node_modules/smol-toml/dist/extract.js"() {
    init_primitive();
    init_struct();
    init_error();
    init_date();
  }
});

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}
var init_util = __esm({
  "node_modules/smol-toml/dist/util.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value2 = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value2) === "object")
      seen.add(value2);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}
var init_struct = __esm({
  "node_modules/smol-toml/dist/struct.js"() {
    init_primitive();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}
var init_parse = __esm({
  "node_modules/smol-toml/dist/parse.js"() {
    init_struct();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED;
var init_stringify = __esm({
  "node_modules/smol-toml/dist/stringify.js"() {
    HAS_WELLFORMED = !!"".isWellFormed;
  }
});

// node_modules/smol-toml/dist/index.js
var init_dist = __esm({
  "node_modules/smol-toml/dist/index.js"() {
    init_parse();
    init_stringify();
    init_date();
    init_error();
  }
});

// src/types.ts
var WEAKNESS_CHECKS;
var init_types = __esm({
  "src/types.ts"() {
    "use strict";
    WEAKNESS_CHECKS = ["django-secret-key"];
  }
});

// src/rules/schema.ts
function lineOfId(text2, id) {
  if (text2 === "") return void 0;
  const needle = new RegExp(`^\\s*id\\s*=\\s*["']${id.replace(/[^a-z0-9-]/gi, "")}["']`, "m");
  const m = needle.exec(text2);
  return m ? text2.slice(0, m.index).split("\n").length : void 0;
}
function compileRule(raw, file, text2, trusted = false) {
  if (!isTable(raw)) throw new RuleError(file, void 0, "each [[rules]] entry must be a table");
  const id = raw.id;
  if (typeof id !== "string" || !ID.test(id)) {
    throw new RuleError(file, void 0, `rule id ${JSON.stringify(id)} must be lowercase letters, digits and dashes`);
  }
  const line = lineOfId(text2, id);
  const fail = (msg) => {
    throw new RuleError(file, line, `rule "${id}": ${msg}`);
  };
  for (const key of Object.keys(raw)) if (!RULE_KEYS.has(key)) fail(`unknown field "${key}"`);
  const description = str(raw.description, "description", fail) ?? fail("missing description");
  const flags = str(raw.flags, "flags", fail) ?? "";
  if (!/^[imsu]*$/.test(flags)) fail(`flags "${flags}" may only contain i, m, s, u (g and d are added by leakproof)`);
  const sources = raw.regex === void 0 ? fail("missing regex") : strList(raw.regex, "regex", fail);
  if (sources.length === 0) fail("regex is empty");
  const secretGroup = raw.secretGroup;
  if (secretGroup !== void 0 && (!Number.isInteger(secretGroup) || secretGroup < 0)) {
    fail("secretGroup must be a whole number \u2265 0");
  }
  const compile = (source) => {
    if (trusted) return new RegExp(source, `${flags}gd`);
    if (/\\[1-9]|\\k</.test(source)) fail("backreferences are not allowed (they defeat linear-time matching)");
    if (/\(\?<[=!]/.test(source))
      fail("lookbehind is not allowed (bounded windows cannot honour it); use (?:^|[^\u2026]) instead");
    let re;
    try {
      re = new RegExp(source, `${flags}gd`);
    } catch (e) {
      return fail(`invalid regex: ${e.message}`);
    }
    const groups = countGroups(source);
    if (secretGroup !== void 0 && secretGroup > groups) {
      fail(`secretGroup ${String(secretGroup)} is beyond the regex's ${groups} capture group(s)`);
    }
    return re;
  };
  const regexes = trusted ? [] : sources.map(compile);
  const severity = str(raw.severity, "severity", fail) ?? "high";
  if (!SEVERITIES.includes(severity)) fail(`severity must be one of ${SEVERITIES.join(", ")}`);
  const keywords = (raw.keywords === void 0 ? [] : strList(raw.keywords, "keywords", fail)).map(
    (k) => k.toLowerCase()
  );
  if (keywords.some((k) => k.length < 2)) fail("keywords must be at least 2 characters");
  if (raw.files !== void 0 && raw.keywords !== void 0)
    fail("a rule with files reads those files whole: it takes no keywords");
  const minLength = int(raw.minLength, "minLength", fail) ?? 1;
  const maxLength = int(raw.maxLength, "maxLength", fail) ?? 1e3;
  if (maxLength < minLength) fail("maxLength is below minLength");
  const rule = {
    id,
    description,
    regexes,
    keywords,
    minLength,
    maxLength,
    paths: regexList(raw.paths, "paths", fail),
    files: regexList(raw.files, "files", fail),
    allowlist: compileAllowlist(raw.allowlist, fail),
    severity,
    priority: int(raw.priority, "priority", fail) ?? 0,
    multiline: bool(raw.multiline, "multiline", fail) ?? false,
    reach: reachOf(int(raw.reach, "reach", fail), fail),
    skipPlaceholders: bool(raw.skipPlaceholders, "skipPlaceholders", fail) ?? true,
    literalInCode: bool(raw.literalInCode, "literalInCode", fail) ?? true,
    why: str(raw.why, "why", fail) ?? description,
    envVarFrom: oneOf(raw.envVarFrom, "envVarFrom", ["rule", "name"], fail) ?? "rule",
    source: file,
    examples: {
      match: raw.match === void 0 ? [] : strList(raw.match, "match", fail),
      nomatch: raw.nomatch === void 0 ? [] : strList(raw.nomatch, "nomatch", fail)
    }
  };
  const entropy = compileEntropy(raw.entropy, fail);
  if (entropy) rule.entropy = entropy;
  const envVar = str(raw.envVar, "envVar", fail);
  if (envVar !== void 0) {
    if (!ENV_NAME.test(envVar)) fail("envVar must be an UPPER_SNAKE_CASE name");
    rule.envVar = envVar;
  }
  const byName = raw.envVarByName;
  if (byName !== void 0) {
    if (!isTable(byName) || !Object.values(byName).every((v) => typeof v === "string" && ENV_NAME.test(v)))
      fail('envVarByName must be a table of NAME = "ENV_VAR" (UPPER_SNAKE_CASE names)');
    rule.envVarByName = byName;
  }
  const weakness = oneOf(raw.weakness, "weakness", WEAKNESS_CHECKS, fail);
  if (weakness !== void 0) rule.weakness = weakness;
  const rotate = str(raw.rotate, "rotate", fail);
  if (rotate !== void 0) rule.rotate = rotate;
  const rotateCommand = str(raw.rotateCommand, "rotateCommand", fail);
  if (rotateCommand !== void 0) rule.rotateCommand = rotateCommand;
  if (secretGroup !== void 0) rule.secretGroup = secretGroup;
  if (trusted) {
    Object.defineProperty(rule, "regexes", {
      configurable: true,
      enumerable: true,
      get() {
        const compiled = sources.map(compile);
        Object.defineProperty(rule, "regexes", { value: compiled, enumerable: true, writable: true });
        return compiled;
      }
    });
  }
  return rule;
}
function compileAllowlist(raw, fail) {
  const empty = { regexes: [], matchRegexes: [], paths: [], stopwords: [], names: [] };
  if (raw === void 0) return empty;
  if (!isTable(raw)) return fail("allowlist must be a table");
  for (const key of Object.keys(raw)) if (!ALLOWLIST_KEYS.has(key)) fail(`allowlist: unknown field "${key}"`);
  return {
    regexes: regexList(raw.regexes, "allowlist.regexes", fail),
    matchRegexes: regexList(raw.matchRegexes, "allowlist.matchRegexes", fail),
    paths: regexList(raw.paths, "allowlist.paths", fail),
    stopwords: (raw.stopwords === void 0 ? [] : strList(raw.stopwords, "allowlist.stopwords", fail)).map(
      (s) => s.toLowerCase()
    ),
    names: regexList(raw.names, "allowlist.names", fail)
  };
}
function compileEntropy(raw, fail) {
  if (raw === void 0) return void 0;
  if (typeof raw === "number") return { any: raw };
  if (!isTable(raw)) return fail("entropy must be a number or a table { any, hex, base64 }");
  const out2 = { any: 0 };
  for (const [k, v] of Object.entries(raw)) {
    if (!["any", "hex", "base64"].includes(k)) fail(`entropy: unknown charset "${k}" (any, hex, base64)`);
    if (typeof v !== "number" || v < 0 || v > 8) fail(`entropy.${k} must be a number from 0 to 8`);
    out2[k] = v;
  }
  return out2;
}
function reachOf(v, fail) {
  if (v === void 0) return 16384;
  return v >= 64 && v <= 65536 ? v : fail("reach must be a whole number of characters from 64 to 65536");
}
function regexList(raw, what, fail) {
  if (raw === void 0) return [];
  return strList(raw, what, fail).map((source) => {
    const insensitive = source.startsWith("(?i)");
    try {
      return new RegExp(insensitive ? source.slice(4) : source, insensitive ? "i" : "");
    } catch (e) {
      return fail(`${what}: invalid regex ${JSON.stringify(source)}: ${e.message}`);
    }
  });
}
function countGroups(source) {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(" && (source[i + 1] !== "?" || source[i + 2] === "<" && /[A-Za-z]/.test(source[i + 3] ?? "")))
      n++;
  }
  return n;
}
function isTable(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function str(v, what, fail) {
  if (v === void 0) return void 0;
  return typeof v === "string" ? v : fail(`${what} must be a string`);
}
function strList(v, what, fail) {
  if (typeof v === "string") return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
  return fail(`${what} must be a string or a list of strings`);
}
function oneOf(v, what, values, fail) {
  if (v === void 0) return void 0;
  return values.includes(v) ? v : fail(`${what} must be one of ${values.join(", ")}`);
}
function int(v, what, fail) {
  if (v === void 0) return void 0;
  return typeof v === "number" && Number.isInteger(v) ? v : fail(`${what} must be a whole number`);
}
function bool(v, what, fail) {
  if (v === void 0) return void 0;
  return typeof v === "boolean" ? v : fail(`${what} must be true or false`);
}
var RuleError, SEVERITIES, RULE_KEYS, ALLOWLIST_KEYS, ID, ENV_NAME;
var init_schema = __esm({
  "src/rules/schema.ts"() {
    "use strict";
    init_errors();
    init_types();
    RuleError = class extends LeakproofError {
      constructor(file, line, message) {
        super(`${file}${line ? `:${line}` : ""}: ${message}`);
        this.file = file;
        this.line = line;
      }
      file;
      line;
    };
    SEVERITIES = ["critical", "high", "medium", "low"];
    RULE_KEYS = /* @__PURE__ */ new Set([
      "id",
      "description",
      "why",
      "regex",
      "flags",
      "secretGroup",
      "keywords",
      "entropy",
      "minLength",
      "maxLength",
      "paths",
      "files",
      "allowlist",
      "severity",
      "priority",
      "multiline",
      "reach",
      "skipPlaceholders",
      "literalInCode",
      "envVar",
      "envVarFrom",
      "envVarByName",
      "weakness",
      "rotate",
      "rotateCommand",
      "match",
      "nomatch"
    ]);
    ALLOWLIST_KEYS = /* @__PURE__ */ new Set(["description", "regexes", "matchRegexes", "paths", "stopwords", "names"]);
    ID = /^[a-z0-9][a-z0-9-]{1,63}$/;
    ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
  }
});

// src/rules/load.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync as readFileSync3, readdirSync } from "node:fs";
import { dirname as dirname2, join as join3 } from "node:path";
import { fileURLToPath } from "node:url";
function contentHash(bytes) {
  return createHash2("sha256").update(bytes).digest("hex");
}
function parseToml(text2, file) {
  try {
    return parse(text2);
  } catch (e) {
    if (e instanceof TomlError) {
      throw new RuleError(file, e.line, `invalid TOML: ${e.message.split("\n")[0]}`);
    }
    throw new RuleError(file, void 0, `invalid TOML: ${e.message}`);
  }
}
function rulesFromTable(doc, file, text2, trusted = false) {
  const rawRules = doc.rules ?? [];
  if (!Array.isArray(rawRules)) throw new RuleError(file, void 0, "rules must be an array of tables ([[rules]])");
  const fail = (msg) => {
    throw new RuleError(file, void 0, msg);
  };
  return {
    rules: rawRules.map((r) => compileRule(r, file, text2, trusted)),
    placeholders: compileAllowlist(doc.allowlist, fail)
  };
}
function mergeAllowlists(a, b) {
  return {
    regexes: [...a.regexes, ...b.regexes],
    matchRegexes: [...a.matchRegexes, ...b.matchRegexes],
    paths: [...a.paths, ...b.paths],
    stopwords: [...a.stopwords, ...b.stopwords],
    names: [...a.names, ...b.names]
  };
}
function loadRuleDir(dir = PATTERNS_DIR) {
  const names = readdirSync(dir).filter((f) => f.endsWith(".toml")).sort();
  const packed = dir === PATTERNS_DIR ? readPack(names) : void 0;
  let set = {
    rules: [],
    placeholders: compileAllowlist(void 0, (m) => {
      throw new Error(m);
    })
  };
  for (const name of names) {
    const file = join3(dir, name);
    const cached = packed?.get(name);
    const text2 = cached ? "" : readFileSync3(file, "utf8");
    const doc = cached ?? parseToml(text2, file);
    for (const key of Object.keys(doc)) {
      if (key !== "rules" && key !== "allowlist" && key !== "title") {
        throw new RuleError(file, void 0, `unknown top-level key "${key}" (expected [[rules]] or [allowlist])`);
      }
    }
    set = addRules(set, rulesFromTable(doc, file, text2, cached !== void 0));
  }
  return set;
}
function readPack(names) {
  let entries;
  try {
    entries = JSON.parse(readFileSync3(PACK_FILE, "utf8"));
  } catch {
    return void 0;
  }
  if (entries.length !== names.length) return void 0;
  const out2 = /* @__PURE__ */ new Map();
  for (const e of entries) {
    if (!names.includes(e.name)) return void 0;
    if (contentHash(readFileSync3(join3(PATTERNS_DIR, e.name))) !== e.sha256) return void 0;
    out2.set(e.name, e.doc);
  }
  return out2;
}
function addRules(set, more) {
  const seen = new Map(set.rules.map((r) => [r.id, r.source]));
  for (const r of more.rules) {
    const prev = seen.get(r.id);
    if (prev)
      throw new RuleError(
        r.source,
        void 0,
        `rule "${r.id}" is already defined in ${prev} (to replace it, list its id in disabledRules)`
      );
    seen.set(r.id, r.source);
  }
  return { rules: [...set.rules, ...more.rules], placeholders: mergeAllowlists(set.placeholders, more.placeholders) };
}
var PATTERNS_DIR, PACK_FILE;
var init_load = __esm({
  "src/rules/load.ts"() {
    "use strict";
    init_dist();
    init_schema();
    PATTERNS_DIR = join3(dirname2(fileURLToPath(import.meta.url)), "..", "..", "patterns");
    PACK_FILE = join3(dirname2(fileURLToPath(import.meta.url)), "..", "patterns.pack.json");
  }
});

// src/rules/prebuilt.ts
import { readFileSync as readFileSync4, writeFileSync } from "node:fs";
import { dirname as dirname3, join as join4 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function loadPrebuilt() {
  try {
    const meta = JSON.parse(readFileSync4(META, "utf8"));
    const bytes = readFileSync4(TABLE);
    const aligned = bytes.byteOffset % 4 === 0;
    const delta = aligned ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4) : new Int32Array(bytes.byteLength / 4);
    if (!aligned) new Uint8Array(delta.buffer).set(bytes);
    return { keywords: meta.keywords, out: meta.out, delta };
  } catch {
    return void 0;
  }
}
var DIR, TABLE, META;
var init_prebuilt = __esm({
  "src/rules/prebuilt.ts"() {
    "use strict";
    DIR = join4(dirname3(fileURLToPath2(import.meta.url)), "..");
    TABLE = join4(DIR, "keywords.bin");
    META = join4(DIR, "keywords.json");
  }
});

// src/config/config.ts
import { existsSync as existsSync2, readFileSync as readFileSync5 } from "node:fs";
import { dirname as dirname4, join as join5, resolve as resolve3 } from "node:path";
function loadConfig(root, explicit, builtin) {
  const file = explicit ?? join5(root, CONFIG_NAME);
  if (!existsSync2(file)) {
    if (explicit) throw new RuleError(explicit, void 0, "config file not found");
    return { config: { ignore: [] }, rules: builtin };
  }
  let text2;
  try {
    text2 = readFileSync5(file, "utf8");
  } catch (e) {
    throw new RuleError(file, void 0, `cannot read config: ${e.message}`);
  }
  const doc = parseToml(text2, file);
  const lineOf = (key) => {
    const i = text2.split("\n").findIndex((l) => new RegExp(`^\\s*${key}\\s*=`).test(l));
    return i >= 0 ? i + 1 : void 0;
  };
  for (const key of Object.keys(doc)) {
    if (!KEYS.has(key))
      throw new RuleError(file, lineOf(key), `unknown key "${key}" (expected one of ${[...KEYS].join(", ")})`);
  }
  const disabled = doc.disabledRules ?? [];
  if (!Array.isArray(disabled) || !disabled.every((x) => typeof x === "string")) {
    throw new RuleError(file, lineOf("disabledRules"), "disabledRules must be a list of rule ids");
  }
  const known = new Set(builtin.rules.map((r) => r.id));
  for (const id of disabled) {
    if (!known.has(id)) throw new RuleError(file, lineOf("disabledRules"), `disabledRules: no built-in rule "${id}"`);
  }
  const ignorePatterns = doc.ignore ?? [];
  if (!Array.isArray(ignorePatterns) || !ignorePatterns.every((x) => typeof x === "string")) {
    throw new RuleError(file, lineOf("ignore"), "ignore must be a list of gitignore-style patterns");
  }
  const config = { file, ignore: ignorePatterns };
  if (doc.maxFileSize !== void 0) {
    if (typeof doc.maxFileSize !== "number" || !Number.isInteger(doc.maxFileSize) || doc.maxFileSize <= 0) {
      throw new RuleError(file, lineOf("maxFileSize"), "maxFileSize must be a positive whole number of bytes");
    }
    config.maxFileSize = doc.maxFileSize;
  }
  if (doc.baseline !== void 0) {
    if (typeof doc.baseline !== "string" || doc.baseline === "")
      throw new RuleError(file, lineOf("baseline"), "baseline must be the path of a baseline file");
    config.baseline = resolve3(dirname4(file), doc.baseline);
  }
  const kept = {
    rules: builtin.rules.filter((r) => !disabled.includes(r.id)),
    placeholders: builtin.placeholders
  };
  return { config, rules: addRules(kept, rulesFromTable(doc, file, text2)) };
}
var CONFIG_NAME, KEYS;
var init_config = __esm({
  "src/config/config.ts"() {
    "use strict";
    init_load();
    init_schema();
    CONFIG_NAME = ".leakproof.toml";
    KEYS = /* @__PURE__ */ new Set(["title", "rules", "allowlist", "disabledRules", "ignore", "maxFileSize", "baseline"]);
  }
});

// src/lists.ts
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function groupBy(items, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
var init_lists = __esm({
  "src/lists.ts"() {
    "use strict";
  }
});

// src/baseline/baseline.ts
import { existsSync as existsSync3, readFileSync as readFileSync6 } from "node:fs";
import { join as join6 } from "node:path";
function baselinePath(cwd) {
  return join6(nearestRepoDir(cwd) ?? cwd, DEFAULT_BASELINE);
}
function baselineFor(root, flag2, configured) {
  if (flag2) return flag2;
  if (configured) return configured;
  const found = join6(root, DEFAULT_BASELINE);
  return existsSync3(found) ? found : void 0;
}
function readBaseline(file) {
  let doc;
  try {
    doc = JSON.parse(readFileSync6(file, "utf8"));
  } catch (e) {
    const code = e.code;
    throw new RuleError(
      file,
      void 0,
      code === "ENOENT" ? "baseline file not found" : `invalid baseline: ${e.message}`
    );
  }
  const entries = doc.findings;
  if (doc.version !== 1 || !Array.isArray(entries)) {
    throw new RuleError(file, void 0, 'invalid baseline: expected { "version": 1, "findings": [...] }');
  }
  return entries.map((e, i) => {
    const x = e;
    if (typeof x.fingerprint !== "string")
      throw new RuleError(file, void 0, `invalid baseline: entry ${i + 1} has no fingerprint`);
    return { fingerprint: x.fingerprint, ruleId: String(x.ruleId ?? ""), file: String(x.file ?? "") };
  });
}
function formatBaseline(findings) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of findings) seen.set(f.fingerprint, { fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file });
  const entries = [...seen.values()].sort((a, b) => byCodeUnits(a.fingerprint, b.fingerprint));
  return JSON.stringify({ version: 1, findings: entries }, null, 2) + "\n";
}
function applyBaseline(found, entries) {
  const accepted2 = new Set(entries.map((e) => e.fingerprint));
  const met = new Set(found.map((f) => f.fingerprint));
  return {
    kept: found.filter((f) => !accepted2.has(f.fingerprint)),
    stale: entries.filter((e) => !met.has(e.fingerprint))
  };
}
var DEFAULT_BASELINE;
var init_baseline = __esm({
  "src/baseline/baseline.ts"() {
    "use strict";
    init_repo();
    init_schema();
    init_lists();
    DEFAULT_BASELINE = ".leakproof-baseline.json";
  }
});

// src/remedy/language.ts
function envRead(kind2, name, libs, pythonLib) {
  switch (kind2) {
    case "python":
      if (pythonLib === "django-environ") return `env("${name}")`;
      if (pythonLib === "python-decouple") return `config("${name}")`;
      if (pythonLib === "environs") return `env.str("${name}")`;
      return `os.environ["${name}"]`;
    case "js":
      return `process.env.${name}`;
    case "ruby":
      return `ENV.fetch("${name}")`;
    case "php":
      return libs.php === "laravel" ? `env('${name}')` : `getenv('${name}')`;
    case "go":
      return `os.Getenv("${name}")`;
    case "java":
      return `System.getenv("${name}")`;
    case "csharp":
      return `Environment.GetEnvironmentVariable("${name}")`;
    case "rust":
      return `std::env::var("${name}")?`;
    case "github-actions":
      return `\${{ secrets.${name} }}`;
    case "compose":
    case "yaml":
      return `\${${name}}`;
    case "shell":
      return `"\${${name}:?${name} is not set}"`;
    default:
      return void 0;
  }
}
function readExpr(kind2, libs, pythonLib) {
  return (name) => kind2 === "compose" ? `\${${name}:?${name} is not set}` : envRead(kind2, name, libs, pythonLib);
}
var init_language = __esm({
  "src/remedy/language.ts"() {
    "use strict";
  }
});

// src/remedy/project.ts
import { existsSync as existsSync4, readdirSync as readdirSync2, readFileSync as readFileSync7 } from "node:fs";
import { join as join7 } from "node:path";
function detectProject(root) {
  const libs = {};
  const py = [.../* @__PURE__ */ new Set([...PY_FILES, ...requirementFiles(root)])].map((f) => read(join7(root, f))).join("\n").toLowerCase();
  if (/(^|[^a-z-])django-environ\b/m.test(py)) libs.python = "django-environ";
  else if (/(^|[^a-z-])python-decouple\b/m.test(py)) libs.python = "python-decouple";
  else if (/(^|[^a-z-])environs\b/m.test(py)) libs.python = "environs";
  const pkg = read(join7(root, "package.json"));
  if (/"dotenv"\s*:/.test(pkg)) libs.node = "dotenv";
  if (/"laravel\/framework"\s*:/.test(read(join7(root, "composer.json")))) libs.php = "laravel";
  if (/^\s*gem\s+["']dotenv(?:-rails)?["']/m.test(read(join7(root, "Gemfile")))) libs.ruby = "dotenv";
  return libs;
}
function requirementFiles(root) {
  const list = (dir, prefix, test) => {
    try {
      return readdirSync2(join7(root, dir)).filter(test).map((n) => prefix + n);
    } catch {
      return [];
    }
  };
  return [
    ...list(".", "", (n) => /^requirements.*\.txt$/.test(n)),
    ...list("requirements", "requirements/", (n) => n.endsWith(".txt"))
  ];
}
function pythonLibOf(fileText, project) {
  if (fileText) {
    if (/^\s*(?:import environ\b|from environ import)/m.test(fileText)) return "django-environ";
    if (/^\s*from decouple import/m.test(fileText)) return "python-decouple";
    if (/^\s*from environs import/m.test(fileText)) return "environs";
    if (/^\s*(?:import os\b|from os import)/m.test(fileText)) return void 0;
  }
  return project.python;
}
function read(file) {
  try {
    return existsSync4(file) ? readFileSync7(file, "utf8") : "";
  } catch {
    return "";
  }
}
var PY_FILES;
var init_project = __esm({
  "src/remedy/project.ts"() {
    "use strict";
    PY_FILES = [
      "requirements.txt",
      "requirements-dev.txt",
      "requirements/base.txt",
      "requirements/production.txt",
      "pyproject.toml",
      "Pipfile",
      "setup.cfg",
      "setup.py"
    ];
  }
});

// src/remedy/names.ts
function chooseEnvVar(f, rule) {
  const fromName = f.name ? upperSnake(f.name) : void 0;
  const mapped = fromName !== void 0 ? rule?.envVarByName?.[fromName] : void 0;
  if (mapped !== void 0) return mapped;
  if (rule?.envVar && (rule.envVarFrom !== "name" || !fromName)) return rule.envVar;
  return fromName ?? rule?.envVar ?? "SECRET";
}
function upperSnake(name) {
  const last = name.replace(/["'\[\]]/g, "").split(/[.:]/).filter(Boolean).pop() ?? name;
  return last.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "").toUpperCase() || "SECRET";
}
function envReads(file, text2) {
  const kind2 = kindOf(file);
  if (kind2 === "other" || kind2 === "dotenv") return [];
  const patterns = kind2 === "compose" || kind2 === "yaml" || kind2 === "github-actions" || kind2 === "shell" || kind2 === "dockerfile" ? CONFIG_READS : CODE_READS;
  const reads = [];
  const lines2 = text2.split("\n");
  for (let i = 0; i < lines2.length; i++) {
    const line = lines2[i];
    if (!MARKERS.test(line)) continue;
    for (const re of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(line); m; m = re.exec(line)) {
        const target = assignedName(line, m.index);
        reads.push(target ? { name: m[1], file, line: i + 1, target } : { name: m[1], file, line: i + 1 });
      }
    }
  }
  return reads;
}
function assignedName(line, at) {
  const head = line.slice(0, at);
  const m = /([A-Za-z_$][\w$.-]*)["'`]?\]?[ \t]*(?::[ \t]*[\w[\]]+[ \t]*)?(?:=|:|=>)[ \t]*(?:[\w.]+\([ \t]*)?(?:[rbuRBUfF@]{0,2}["'`])?$/.exec(
    head
  );
  if (!m) return void 0;
  const name = upperSnake(m[1]);
  return name === "SECRET" && !/secret/i.test(m[1]) ? void 0 : name;
}
var CODE_READS, CONFIG_READS, MARKERS, NameBook;
var init_names = __esm({
  "src/remedy/names.ts"() {
    "use strict";
    init_filekind();
    init_lists();
    CODE_READS = [
      /os\.environ\[\s*["']([A-Za-z_]\w*)["']\s*\]/g,
      /(?:os\.environ\.get|os\.environ\.setdefault|os\.getenv|environ\.get|getenv|os\.Getenv|os\.LookupEnv|System\.getenv|GetEnvironmentVariable|ENV\.fetch)\(\s*["']([A-Za-z_]\w*)["']/g,
      /(?<![\w.])(?:env(?:\.\w+)?|config)\(\s*["']([A-Z_][A-Z0-9_]*)["']/g,
      /process\.env\.([A-Za-z_]\w*)/g,
      /(?:process\.env|ENV|\$_ENV|\$_SERVER)\[\s*["']([A-Za-z_]\w*)["']\s*\]/g,
      /import\.meta\.env\.([A-Za-z_]\w*)/g
    ];
    CONFIG_READS = [
      /\$\{([A-Za-z_]\w*)(?:[:?+=-][^}\n]*)?\}/g,
      /\$\{\{\s*(?:secrets|vars|env)\.([A-Za-z_]\w*)\s*\}\}/g
    ];
    MARKERS = /environ|getenv|Getenv|LookupEnv|GetEnvironmentVariable|ENV|env|config|\$\{/;
    NameBook = class {
      /** envFile → name → value: what .env files hold and what this fix adds. */
      values = /* @__PURE__ */ new Map();
      /** envFile → the names it held before this fix. */
      original = /* @__PURE__ */ new Map();
      readsByName;
      constructor(reads, envFiles) {
        this.readsByName = groupBy(reads, (r) => r.name);
        for (const [file, vars] of envFiles) {
          this.values.set(file, new Map(vars));
          this.original.set(file, new Set(vars.keys()));
        }
      }
      /**
       * A name for `value` in `envFile`. `forced`: the code already reads this name (a fallback), so
       * it is the name. Otherwise `base`, or base_2, base_3… when the project reads base for something
       * other than `target`, or this fix gave base to another value. A different value already in the
       * .env file under the name is a conflict (returned as a message): it is never overwritten.
       */
      choose(envFile, base, value2, forced, target) {
        const vars = this.vars(envFile);
        const candidates = forced ? [base] : [base, ...Array.from({ length: 8 }, (_, i) => `${base}_${i + 2}`)];
        for (const name of candidates) {
          const held = vars.get(name);
          if (held === value2) return { name, present: true };
          if (held !== void 0) {
            if (this.original.get(envFile)?.has(name)) {
              return {
                conflict: `${name} is already set in ${envFile} to a different value; leakproof fix never overwrites it`
              };
            }
            if (forced) return { conflict: `two different values are both read as ${name}` };
            continue;
          }
          if (!forced && this.readElsewhere(name, target)) continue;
          vars.set(name, value2);
          return { name, present: false };
        }
        return { conflict: `no free name like ${base} in ${envFile}` };
      }
      vars(envFile) {
        let v = this.values.get(envFile);
        if (!v) this.values.set(envFile, v = /* @__PURE__ */ new Map());
        return v;
      }
      /** The project reads `name` somewhere, for something other than `target`. */
      readElsewhere(name, target) {
        const reads = this.readsByName.get(name) ?? [];
        return reads.some((r) => target === void 0 || r.target !== target);
      }
    };
  }
});

// src/remedy/rewrite.ts
function rewriteLine(line, secret, kind2, envVar, expr) {
  if (secret === "") return { reason: "nothing to replace" };
  const fallback = findFallback(line, secret);
  if (fallback) {
    const e2 = expr(fallback.name, "required");
    if (e2 === void 0)
      return { reason: `no way to read an environment variable in this kind of file`, forcedName: fallback.name };
    return {
      line: line.slice(0, fallback.start) + e2 + line.slice(fallback.end),
      name: fallback.name,
      forced: true,
      how: "fallback"
    };
  }
  const at = line.indexOf(secret);
  if (at < 0) return { reason: "the secret is not on this line" };
  if (inComment(line, at, kind2))
    return {
      reason: "the secret is in a comment: delete it from the comment (and rotate it if it was ever committed)"
    };
  const q = line[at - 1];
  const quoted = q !== void 0 && `"'\``.includes(q) && line[at + secret.length] === q;
  const end = at + secret.length;
  const interp = CONFIG_KINDS.has(kind2) ? INTERPOLATION_BEFORE.exec(line.slice(0, at)) : null;
  if (interp && line[end] === "}") {
    const name = interp[1];
    const e2 = expr(name, "required");
    if (e2 === void 0)
      return { reason: `no way to read an environment variable in this kind of file`, forcedName: name };
    const start = at - interp[0].length;
    const insideQuotes = line[start - 1] === '"' && line[end + 1] === '"';
    return {
      line: line.slice(0, start) + (insideQuotes ? unquote2(e2) : e2) + line.slice(end + 1),
      name,
      forced: true,
      how: "fallback"
    };
  }
  if (quoted) {
    let start = at - 1;
    const or = READ_BEFORE_OR.exec(line.slice(0, start - prefixLength(line, start)));
    if (or && !CONFIG_KINDS.has(kind2)) {
      const name = or[2] ?? or[3] ?? or[5] ?? or[7] ?? or[9];
      const e3 = expr(name, "required");
      if (e3 === void 0)
        return { reason: `no way to read an environment variable in this kind of file`, forcedName: name };
      return { line: line.slice(0, or.index) + e3 + line.slice(end + 1), name, forced: true, how: "fallback" };
    }
    const e2 = expr(envVar, "plain");
    if (e2 === void 0) return { reason: "no way to read an environment variable in this kind of file" };
    if (CONFIG_KINDS.has(kind2) && kind2 !== "shell")
      return { line: line.slice(0, at) + e2 + line.slice(end), name: envVar, forced: false, how: "literal" };
    start -= prefixLength(line, start);
    if (/\bdefault\s*=\s*$/.test(line.slice(0, start)) && !/\(/.test(line.slice(0, start).replace(/\bdefault\s*=\s*$/, ""))) {
      return {
        reason: "the secret is the default of a call spread over several lines: delete the default so the variable is required"
      };
    }
    return { line: line.slice(0, start) + e2 + line.slice(end + 1), name: envVar, forced: false, how: "literal" };
  }
  if (!CONFIG_KINDS.has(kind2)) {
    return { reason: "the secret is part of a longer string: build that string from an environment variable" };
  }
  const e = expr(envVar, "plain");
  if (e === void 0) return { reason: "no way to read an environment variable in this kind of file" };
  const inDoubleQuotes = kind2 === "shell" && isInsideDoubleQuotes(line, at);
  return {
    line: line.slice(0, at) + (inDoubleQuotes ? unquote2(e) : e) + line.slice(end),
    name: envVar,
    forced: false,
    how: "value"
  };
}
function prefixLength(line, quoteAt) {
  let n = 0;
  while (n < 2 && /[rbuRBUfF@]/.test(line[quoteAt - 1 - n] ?? "")) n++;
  return n > 0 && !/[A-Za-z0-9_]/.test(line[quoteAt - 1 - n] ?? "") ? n : 0;
}
function findFallback(line, secret) {
  FALLBACK_CALL.lastIndex = 0;
  for (let m = FALLBACK_CALL.exec(line); m; m = FALLBACK_CALL.exec(line)) {
    if (/[A-Za-z0-9_.]/.test(line[m.index - 1] ?? "") && !/^(?:os|ENV)\b/.test(m[0])) continue;
    const valueStart = m.index + m[0].length;
    const q = m[3];
    if (line.startsWith(secret + q, valueStart)) {
      let end = valueStart + secret.length + 1;
      while (line[end] === " ") end++;
      if (line[end] === ")") return { name: m[2], start: m.index, end: end + 1 };
    }
  }
  return void 0;
}
function inComment(line, at, kind2) {
  const hash = HASH_COMMENT.has(kind2);
  const slash = SLASH_COMMENT.has(kind2);
  if (!hash && !slash) return false;
  let quote;
  for (let i = 0; i < at; i++) {
    const c = line[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = void 0;
    } else if (c === '"' || c === "'" || c === "`") {
      if ((kind2 === "yaml" || kind2 === "compose" || kind2 === "github-actions" || kind2 === "shell") && /[^\s:=,[{(-]/.test(line[i - 1] ?? " "))
        continue;
      quote = c;
    } else if (hash && c === "#" && (i === 0 || /\s/.test(line[i - 1]) || kind2 === "python" || kind2 === "ruby"))
      return true;
    else if (slash && c === "/" && line[i + 1] === "/") return true;
    else if (slash && c === "/" && line[i + 1] === "*") return true;
  }
  return false;
}
function isInsideDoubleQuotes(line, at) {
  let n = 0;
  for (let i = 0; i < at; i++) if (line[i] === '"' && line[i - 1] !== "\\") n++;
  return n % 2 === 1;
}
function unquote2(e) {
  return e.length >= 2 && e.startsWith('"') && e.endsWith('"') ? e.slice(1, -1) : e;
}
var CONFIG_KINDS, HASH_COMMENT, SLASH_COMMENT, FALLBACK_CALL, READ_BEFORE_OR, INTERPOLATION_BEFORE;
var init_rewrite = __esm({
  "src/remedy/rewrite.ts"() {
    "use strict";
    CONFIG_KINDS = /* @__PURE__ */ new Set(["compose", "yaml", "github-actions", "shell"]);
    HASH_COMMENT = /* @__PURE__ */ new Set(["python", "ruby", "compose", "yaml", "github-actions", "shell", "php"]);
    SLASH_COMMENT = /* @__PURE__ */ new Set(["js", "go", "java", "csharp", "rust", "php"]);
    FALLBACK_CALL = /(?:os\.getenv|os\.environ\.get|environ\.get|getenv|config|env(?:\.str)?|ENV\.fetch)\(\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\1\s*,\s*(?:default\s*=\s*)?[rbu]?(["'])/g;
    READ_BEFORE_OR = /(?:(?:os\.environ\.get|os\.getenv|environ\.get|getenv|env|config)\(\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\1\s*\)|process\.env\.([A-Za-z_][A-Za-z0-9_]*)|process\.env\[\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\4\s*\]|ENV\[\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\6\s*\]|os\.environ\[\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\8\s*\])\s*(?:\bor\b|\|\||\?\?|\?:)\s*$/;
    INTERPOLATION_BEFORE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-|-|:=|=|:)$/;
  }
});

// src/remedy/setup.ts
function setupFor(kind2, fileText, libs, pythonLib) {
  if (fileText === void 0) return void 0;
  if (kind2 === "python") return pythonSetup(fileText, pythonLib);
  if (kind2 === "js") return jsSetup(fileText, libs);
  if (kind2 === "go") return goSetup(fileText);
  return void 0;
}
function pythonSetup(text2, lib) {
  const definesEnv = /^env[ \t]*(?::[^=\n]*)?=/m.test(text2);
  switch (lib) {
    case void 0:
      if (IMPORTS_OS.test(text2)) return void 0;
      return {
        lang: "python",
        imports: ["import os"],
        placement: "first-import",
        after: [],
        step: "Add `import os` at the top of the file."
      };
    case "django-environ": {
      if (definesEnv) return void 0;
      const fromEnviron = /^from[ \t]+environ[ \t]+import[ \t][^\n]*\bEnv\b/m.test(text2);
      const imported = fromEnviron || /^import[ \t]+environ\b/m.test(text2);
      const after = [fromEnviron ? "env = Env()" : "env = environ.Env()"];
      return {
        lang: "python",
        imports: imported ? [] : ["import environ"],
        placement: "after-imports",
        after,
        step: "With django-environ: `import environ` and `env = environ.Env()` near the top of settings."
      };
    }
    case "python-decouple":
      if (/^from[ \t]+decouple[ \t]+import[ \t][^\n]*\bconfig\b/m.test(text2) || /^config[ \t]*=/m.test(text2))
        return void 0;
      return {
        lang: "python",
        imports: ["from decouple import config"],
        placement: "after-imports",
        after: [],
        step: "Add `from decouple import config` at the top of the file."
      };
    case "environs": {
      if (definesEnv) return void 0;
      const imported = /^from[ \t]+environs[ \t]+import[ \t][^\n]*\bEnv\b/m.test(text2);
      return {
        lang: "python",
        imports: imported ? [] : ["from environs import Env"],
        placement: "after-imports",
        after: ["env = Env()", "env.read_env()"],
        step: "With environs: `from environs import Env`, `env = Env()` and `env.read_env()` near the top of the file."
      };
    }
  }
}
function jsSetup(text2, libs) {
  if (libs.node !== "dotenv" || /\bdotenv\b/.test(text2)) return void 0;
  const esm = /^[ \t]*(?:import[\s{*"'\w]|export[\s{*])/m.test(text2) && !/^[ \t]*(?:const|let|var)[ \t]+[^=\n]+=[ \t]*require\(/m.test(text2);
  const q = /^[ \t]*(?:import[^\n]*from[ \t]*'|[^\n]*require\(')/m.test(text2) ? "'" : '"';
  const line = esm ? `import ${q}dotenv/config${q};` : `require(${q}dotenv${q}).config();`;
  return {
    lang: "js",
    imports: [line],
    placement: "first-import",
    after: [],
    step: `Load .env first: \`${line}\` at the top of the file.`
  };
}
function goSetup(text2) {
  if (/^[ \t]*(?:import[ \t]+)?(?:[\w.]+[ \t]+)?"os"[ \t]*(?:\/\/[^\n]*)?$/m.test(text2)) return void 0;
  return { lang: "go", imports: ['"os"'], placement: "first-import", after: [], step: 'Add `import "os"`.' };
}
var IMPORTS_OS;
var init_setup = __esm({
  "src/remedy/setup.ts"() {
    "use strict";
    IMPORTS_OS = /^import[ \t]+(?:[\w.]+(?:[ \t]+as[ \t]+\w+)?[ \t]*,[ \t]*)*os(?:\.[\w.]+)?(?![\w.]|[ \t]+as\b)/m;
  }
});

// src/remedy/django.ts
function weakDjangoKeyNotes(key) {
  const notes = [];
  if (key.startsWith(INSECURE_PREFIX))
    notes.push("weak (Django security.W009): generated by startproject, prefixed django-insecure-");
  if (key.length < 50) notes.push(`weak (Django security.W009): ${key.length} characters, fewer than 50`);
  if (new Set(key).size < 5) notes.push("weak (Django security.W009): fewer than 5 unique characters");
  return notes;
}
var INSECURE_PREFIX;
var init_django = __esm({
  "src/remedy/django.ts"() {
    "use strict";
    INSECURE_PREFIX = "django-insecure-";
  }
});

// src/remedy/weakness.ts
function weaknessNotes(check, secret) {
  return check ? CHECKS[check](secret) : [];
}
var CHECKS;
var init_weakness = __esm({
  "src/remedy/weakness.ts"() {
    "use strict";
    init_django();
    CHECKS = {
      "django-secret-key": weakDjangoKeyNotes
    };
  }
});

// src/remedy/remedy.ts
function fileContext(path, fileText, project) {
  const kind2 = kindOf(path);
  const pythonLib = kind2 === "python" ? pythonLibOf(fileText, project) : void 0;
  return { kind: kind2, pythonLib, expr: readExpr(kind2, project, pythonLib) };
}
function perFile(path, ctx) {
  const kind2 = kindOf(path);
  const fileText = kind2 === "python" || kind2 === "js" || kind2 === "go" ? ctx.fileText(path) : void 0;
  const fc = fileContext(path, fileText, ctx.project);
  return { kind: kind2, fc, setup: setupFor(kind2, fileText, ctx.project, fc.pythonLib) };
}
function remedyFor(f, rule, ctx, files) {
  let file = files?.get(f.file);
  if (!file) {
    file = perFile(f.file, ctx);
    files?.set(f.file, file);
  }
  const { kind: kind2, fc } = file;
  const rewritten = rewriteLine(f.lineText.trim(), f.secret, kind2, chooseEnvVar(f, rule), fc.expr);
  const envVar = "name" in rewritten ? rewritten.name : rewritten.forcedName ?? chooseEnvVar(f, rule);
  const steps = [];
  if (kind2 === "dotenv") {
    steps.push(
      `${f.file} is the right place for the value, but it must stay out of git: add it to .gitignore and run \`git rm --cached ${f.file}\`.`
    );
  } else if (kind2 === "dockerfile") {
    steps.push(
      `Remove the value from the image: pass it at run time (\`docker run -e ${envVar}\`, or \`environment:\` in compose), or use a build secret (\`RUN --mount=type=secret\`).`
    );
  } else if ("line" in rewritten) {
    const setup2 = file.setup;
    if (setup2) steps.push(setup2.step);
    if (kind2 === "github-actions")
      steps.push(
        `Store the value as a repository secret named ${envVar} (Settings \u2192 Secrets and variables \u2192 Actions).`
      );
    else
      steps.push(
        `Put the value in .env (${envVar}=\u2026), keep .env out of git, and set ${envVar} in each deployment's environment.`
      );
  } else if (fc.expr(envVar, "plain") !== void 0) {
    steps.push(`${capitalize(rewritten.reason)}; read it from the ${envVar} environment variable.`);
  } else {
    steps.push(
      `Move the value out of this file: load it from the ${envVar} environment variable where this file is read.`
    );
  }
  return "line" in rewritten ? { line: rewritten.line, envVar, steps } : { envVar, steps };
}
function applyRemedies(findings, rules, ctx) {
  const files = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const rule = rules.get(f.ruleId);
    const r = remedyFor(f, rule, ctx, files);
    const weak = weaknessNotes(rule?.weakness, f.secret);
    const notes = weak.length > 0 ? [...weak, ...f.notes] : f.notes;
    const fixSteps = [...r.steps, rule?.rotate ?? ROTATE];
    return { ...f, notes, fixSteps, ...r.line !== void 0 ? { remediation: r.line } : {} };
  });
}
function capitalize(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
var ROTATE;
var init_remedy = __esm({
  "src/remedy/remedy.ts"() {
    "use strict";
    init_filekind();
    init_language();
    init_project();
    init_names();
    init_rewrite();
    init_setup();
    init_weakness();
    ROTATE = "If this value was ever pushed, it has leaked even once removed: change it (rotate) wherever it is used.";
  }
});

// src/report/mask.ts
function maskSecret(secret) {
  const keep2 = Math.min(4, Math.floor(secret.length / 4));
  return `${secret.slice(0, keep2)}\u2026`;
}
function maskWith(f, masker) {
  const m = (s) => masker.mask(s);
  const out2 = {
    ...f,
    // A finding about a setting (Django's deployment checks) carries no secret.
    secret: f.secret === "" ? "" : maskSecret(f.secret),
    lineText: m(f.lineText),
    message: m(f.message),
    notes: f.notes.map(m)
  };
  if (f.remediation !== void 0) out2.remediation = m(f.remediation);
  if (f.fixSteps !== void 0) out2.fixSteps = f.fixSteps.map(m);
  if (f.name !== void 0) out2.name = m(f.name);
  if (f.author !== void 0) out2.author = m(f.author);
  return out2;
}
function maskFindings(findings) {
  const masker = new Masker(findings.map((f) => f.secret));
  return { findings: findings.map((f) => maskWith(f, masker)), masker };
}
var PREFIX, Masker;
var init_mask = __esm({
  "src/report/mask.ts"() {
    "use strict";
    PREFIX = 8;
    Masker = class {
      byPrefix = /* @__PURE__ */ new Map();
      /** Secrets shorter than PREFIX: few (rules ask for longer), checked one by one. */
      short = [];
      constructor(secrets) {
        for (const s of new Set(secrets)) {
          if (s.length === 0) continue;
          if (s.length < PREFIX) this.short.push(s);
          else {
            const k = s.slice(0, PREFIX);
            const list = this.byPrefix.get(k);
            if (list) list.push(s);
            else this.byPrefix.set(k, [s]);
          }
        }
        for (const list of this.byPrefix.values()) list.sort((a, b) => b.length - a.length);
        this.short.sort((a, b) => b.length - a.length);
      }
      mask(text2) {
        if (this.byPrefix.size === 0 && this.short.length === 0) return text2;
        let out2 = "";
        let copied = 0;
        const shortHits = this.shortHits(text2);
        for (let i = 0; i < text2.length; ) {
          let hit;
          if (this.byPrefix.size > 0 && i + PREFIX <= text2.length) {
            const list = this.byPrefix.get(text2.slice(i, i + PREFIX));
            if (list) hit = list.find((s) => text2.startsWith(s, i));
          }
          const sh = shortHits.get(i);
          if (sh !== void 0 && (hit === void 0 || sh.length > hit.length)) hit = sh;
          if (hit === void 0) {
            i++;
            continue;
          }
          out2 += text2.slice(copied, i) + maskSecret(hit);
          i += hit.length;
          copied = i;
        }
        return copied === 0 ? text2 : out2 + text2.slice(copied);
      }
      /** Where each short secret starts (the longest at a position). */
      shortHits(text2) {
        const hits = /* @__PURE__ */ new Map();
        for (const s of this.short) {
          for (let i = text2.indexOf(s); i !== -1; i = text2.indexOf(s, i + 1)) {
            const prev = hits.get(i);
            if (prev === void 0 || prev.length < s.length) hits.set(i, s);
          }
        }
        return hits;
      }
    };
  }
});

// src/report/order.ts
function time(f) {
  const t = f.date ? Date.parse(f.date) : NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}
function byPlace(a, b) {
  return byCodeUnits(a.file, b.file) || a.line - b.line || a.column - b.column || byCodeUnits(a.ruleId, b.ruleId) || byCommit(a, b);
}
function byAge(a, b) {
  return byCommit(a, b) || a.line - b.line || a.column - b.column;
}
function byCommit(a, b) {
  const ta = time(a);
  const tb = time(b);
  return (ta === tb ? 0 : ta < tb ? -1 : 1) || byCodeUnits(a.commit ?? "", b.commit ?? "");
}
var init_order = __esm({
  "src/report/order.ts"() {
    "use strict";
    init_lists();
  }
});

// src/report/github.ts
var github_exports = {};
__export(github_exports, {
  github: () => github,
  summary: () => summary
});
function summary(findings) {
  if (findings.length === 0) return "### leakproof\n\nNo secrets found.\n";
  const rows = findings.map(
    (f) => `| \`${cell(f.file)}:${f.line}\` | \`${f.ruleId}\` | ${f.severity} | \`${cell(f.secret)}\` | ${f.remediation ? `\`${cell(f.remediation)}\`` : ""} |`
  );
  return [
    "### leakproof",
    "",
    `${findings.length} secret${findings.length === 1 ? "" : "s"} found.`,
    "",
    "| where | rule | severity | secret | fix |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    "",
    "Remove each secret from the code, load it from the environment, and rotate it: it has been pushed.",
    ""
  ].join("\n");
}
function data(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function prop(s) {
  return data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function cell(s) {
  return s.replace(/\|/g, "\\|").replace(/`/g, "'").replace(/\n/g, " ");
}
var github;
var init_github = __esm({
  "src/report/github.ts"() {
    "use strict";
    github = (findings, ctx) => {
      const lines2 = findings.map((f) => {
        const level = f.severity === "low" ? "notice" : f.severity === "medium" ? "warning" : "error";
        const props = [
          `file=${prop(f.file)}`,
          `line=${f.line}`,
          `col=${f.column}`,
          `endLine=${f.endLine}`,
          `endColumn=${f.endColumn}`,
          `title=${prop(`leakproof: ${f.ruleId}`)}`
        ].join(",");
        const rule = ctx.rules.get(f.ruleId);
        const fix2 = f.remediation ? ` Fix: ${f.remediation}` : rule?.envVar ? ` Fix: load it from ${rule.envVar}.` : "";
        const what = f.secret === "" ? `${f.message}` : `${f.message}: ${f.secret}.`;
        return `::${level} ${props}::${data(`${what}${fix2}${f.commit ? ` (commit ${f.commit.slice(0, 12)})` : ""}`)}`;
      });
      return lines2.length > 0 ? lines2.join("\n") + "\n" : "";
    };
  }
});

// src/report/status.ts
function headStatus(f) {
  const paths = f.atHead;
  if (paths === void 0) return void 0;
  if (paths.length === 0) return GONE_FROM_HEAD;
  return `still present at HEAD in ${paths.slice(0, 5).join(", ")}${paths.length > 5 ? ", \u2026" : ""}`;
}
function notesWithStatus(f) {
  const status = headStatus(f);
  return status === void 0 ? f.notes : [...f.notes, status];
}
var GONE_FROM_HEAD;
var init_status = __esm({
  "src/report/status.ts"() {
    "use strict";
    GONE_FROM_HEAD = "no longer at HEAD, but it was committed: it leaked, rotate it";
  }
});

// src/report/json.ts
var json_exports = {};
__export(json_exports, {
  json: () => json
});
var json;
var init_json = __esm({
  "src/report/json.ts"() {
    "use strict";
    init_status();
    json = (findings) => {
      const out2 = findings.map((f) => ({
        ruleId: f.ruleId,
        file: f.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        secret: f.secret,
        fingerprint: f.fingerprint,
        severity: f.severity,
        message: f.message,
        ...f.remediation !== void 0 ? { remediation: f.remediation } : {},
        ...f.fixSteps && f.fixSteps.length > 0 ? { fixSteps: f.fixSteps } : {},
        ...notesWithStatus(f).length > 0 ? { notes: notesWithStatus(f) } : {},
        ...f.commit !== void 0 ? { commit: f.commit } : {},
        ...f.author !== void 0 ? { author: f.author } : {},
        ...f.date !== void 0 ? { date: f.date } : {}
      }));
      return JSON.stringify({ version: 1, findings: out2 }, null, 2) + "\n";
    };
  }
});

// src/report/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  FINGERPRINT_KEY: () => FINGERPRINT_KEY,
  pascalCase: () => pascalCase,
  pathToUri: () => pathToUri,
  sarif: () => sarif,
  sarifLog: () => sarifLog
});
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter((p) => p.length > 0).map((p) => p[0].toUpperCase() + p.slice(1)).join("");
}
function pathToUri(path) {
  return path.replace(/\\/g, "/").replace(/^\.\//, "").split("/").map((seg) => encodeURIComponent(seg)).join("/");
}
function headline(description) {
  return description.replace(/\s*\([^()]*\)\s*$/, "") || description;
}
function ruleInfo(id, rule, first) {
  if (rule) return rule;
  const info = { id, description: first.message || id, why: first.message || id, severity: first.severity };
  return first.secret === "" ? { ...info, settingFix: first.remediation ?? first.fixSteps?.[0] ?? "" } : info;
}
function helpText(r) {
  if (r.settingFix !== void 0) {
    const fix3 = r.settingFix ? [`Fix: ${r.settingFix}`] : [];
    const text3 = [`Why it matters: ${r.why}`, ...fix3, `Suppress: ${SUPPRESS_TEXT}`].join("\n\n");
    const markdown2 = [
      `**Why it matters.** ${r.why}`,
      ...r.settingFix ? [`**Fix.** \`${r.settingFix}\``] : [],
      `**Suppress.** ${SUPPRESS_TEXT}`
    ].join("\n\n");
    return { text: text3, markdown: markdown2 };
  }
  const fix2 = r.envVar ? `Load it from the environment variable ${r.envVar} instead of writing it in the file, and keep the value in a secret store or an untracked .env file.` : "Load it from an environment variable instead of writing it in the file, and keep the value in a secret store or an untracked .env file.";
  const fixMd = r.envVar ? `Load it from the environment variable \`${r.envVar}\` instead of writing it in the file, and keep the value in a secret store or an untracked \`.env\` file.` : "Load it from an environment variable instead of writing it in the file, and keep the value in a secret store or an untracked `.env` file.";
  const rotate = r.rotate ?? "Rotate it: a secret that reached a commit stays in the history and in every clone.";
  const text2 = [`Why it matters: ${r.why}`, `Fix: ${fix2}`, `Rotate: ${rotate}`, `Suppress: ${SUPPRESS_TEXT}`].join(
    "\n\n"
  );
  const markdown = [
    `**Why it matters.** ${r.why}`,
    `**Fix.** ${fixMd}`,
    `**Rotate.** ${rotate}`,
    `**Suppress.** ${SUPPRESS_TEXT}`
  ].join("\n\n");
  return { text: text2, markdown };
}
function descriptor(r) {
  return {
    id: r.id,
    name: pascalCase(r.id),
    shortDescription: { text: r.description },
    fullDescription: { text: r.why },
    help: helpText(r),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      tags: r.settingFix !== void 0 ? ["security", "configuration"] : ["security", "secret"],
      "security-severity": SECURITY_SEVERITY[r.severity]
    }
  };
}
function resultOf(f, ruleIndex, r) {
  const remedy = r.envVar ? ` \u2014 load it from ${r.envVar}` : "";
  const history = {};
  if (f.commit !== void 0) {
    history.commit = f.commit;
    if (f.author !== void 0) history.author = f.author;
    if (f.date !== void 0) history.date = f.date;
  }
  const notes = notesWithStatus(f);
  const hasProps = f.commit !== void 0 || notes.length > 0;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: {
      text: f.secret === "" ? `${f.message}${f.remediation ? ` Fix: ${f.remediation}` : ""}` : `${headline(f.message || r.description)}: ${f.secret}${remedy}`
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathToUri(f.file), uriBaseId: "%SRCROOT%" },
          region: {
            startLine: f.line,
            startColumn: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn
          }
        }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...hasProps ? { properties: { ...history, ...notes.length > 0 ? { notes: [...notes] } : {} } } : {}
  };
}
function sarifLog(findings, ctx) {
  const firstByRule = /* @__PURE__ */ new Map();
  for (const f of findings) if (!firstByRule.has(f.ruleId)) firstByRule.set(f.ruleId, f);
  const ids = [...firstByRule.keys()].sort(byCodeUnits);
  const infos = new Map(ids.map((id) => [id, ruleInfo(id, ctx.rules.get(id), firstByRule.get(id))]));
  const index = new Map(ids.map((id, i) => [id, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "leakproof",
            informationUri: INFORMATION_URI,
            semanticVersion: ctx.toolVersion,
            rules: ids.map((id) => descriptor(infos.get(id)))
          }
        },
        invocations: [
          {
            executionSuccessful: true,
            ...ctx.notes.length > 0 ? { toolExecutionNotifications: ctx.notes.map((n) => ({ level: "note", message: { text: n } })) } : {}
          }
        ],
        // Where %SRCROOT% is stays unsaid: an absolute path would vary by machine and reveal it.
        originalUriBaseIds: {
          "%SRCROOT%": { description: { text: "The root of the scanned repository or directory." } }
        },
        columnKind: "utf16CodeUnits",
        results: findings.map((f) => resultOf(f, index.get(f.ruleId), infos.get(f.ruleId)))
      }
    ]
  };
}
var INFORMATION_URI, FINGERPRINT_KEY, LEVEL, SECURITY_SEVERITY, SUPPRESS_TEXT, sarif;
var init_sarif = __esm({
  "src/report/sarif.ts"() {
    "use strict";
    init_status();
    init_lists();
    INFORMATION_URI = "https://github.com/leakproof/leakproof";
    FINGERPRINT_KEY = "leakproof/v1";
    LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
    SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
    SUPPRESS_TEXT = "A false positive? Add a `leakproof:allow` comment on that line, or accept the current findings with `leakproof baseline`.";
    sarif = (findings, ctx) => JSON.stringify(sarifLog(findings, ctx), null, 2) + "\n";
  }
});

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/report/text.ts
var text_exports = {};
__export(text_exports, {
  fixCommand: () => fixCommand,
  text: () => text
});
function fixCommand(findings, scan) {
  if (scan !== "staged" || !findings.some((f) => f.remediation !== void 0)) return void 0;
  return "leakproof fix --staged";
}
function header(f, c) {
  const sev = f.severity === "critical" || f.severity === "high" ? c.red(f.severity) : c.yellow(f.severity);
  return `${c.bold(`${f.file}:${f.line}:${f.column}`)}  ${c.cyan(f.ruleId)}  ${sev}`;
}
function advice(out2, f, notes, ctx, c) {
  const rule = ctx.rules.get(f.ruleId);
  out2.push(`  why     ${rule?.why ?? f.message}`);
  for (const n of notes) out2.push(`  note    ${n}`);
  if (f.remediation) out2.push(`  fix     ${c.green(f.remediation)}`);
  const steps = f.fixSteps ?? [];
  steps.forEach((s, i) => out2.push(`  ${i === 0 && !f.remediation ? "fix   " : "      "}  ${s}`));
  out2.push("");
}
function footer(c) {
  return c.dim(
    "A false positive? Add a `leakproof:allow` comment on that line, or accept the current findings with `leakproof baseline`."
  );
}
function historyReport(findings, ctx, c) {
  const out2 = [];
  const groups = groupBy(findings, (f) => f.fingerprint);
  let gone = 0;
  const commits = /* @__PURE__ */ new Set();
  for (const group of groups.values()) {
    group.sort(byAge);
    const first = group[0];
    for (const f of group) if (f.commit) commits.add(f.commit);
    out2.push(header(first, c));
    out2.push(`  secret  ${first.secret}`);
    out2.push(
      `  added   ${first.commit ?? "(not in a commit)"}${first.author ? `  ${first.author}` : ""}${first.date ? `  ${first.date}` : ""}`
    );
    const again = group.slice(1);
    for (const f of again.slice(0, SHOWN_AGAIN)) {
      out2.push(`  again   ${f.commit ?? ""}  line ${f.line}${f.date ? `  ${f.date}` : ""}`);
    }
    if (again.length > SHOWN_AGAIN)
      out2.push(`          \u2026 and ${again.length - SHOWN_AGAIN} more (--format json lists every one)`);
    const status = headStatus(first);
    if (status === GONE_FROM_HEAD) gone++;
    if (status) out2.push(`  status  ${status === GONE_FROM_HEAD ? c.yellow(status) : status}`);
    advice(out2, first, first.notes, ctx, c);
  }
  const n = groups.size;
  const occurrences = findings.length > n ? ` (added ${findings.length} times, in ${commits.size} commit${commits.size === 1 ? "" : "s"})` : "";
  out2.push(c.bold(c.red(`leakproof: ${n} secret${n === 1 ? "" : "s"} found in history${occurrences}`)));
  if (gone > 0) {
    const who = gone === n ? n === 1 ? "It is" : n === 2 ? "Both are" : "All are" : `${gone} of them ${gone === 1 ? "is" : "are"}`;
    const it = gone === 1 ? "it" : "them";
    const commands = [
      ...new Set(
        [...groups.values()].filter((g) => g[0].atHead?.length === 0).map((g) => ctx.rules.get(g[0].ruleId)?.rotateCommand).filter((cmd) => cmd !== void 0)
      )
    ];
    out2.push(
      c.yellow(
        `${who} no longer at HEAD but ${gone === 1 ? "was" : "were"} committed: anyone with a clone has ${it}, so rotate ${it}.${commands.length > 0 ? ` ${commands.join(", ")} ${commands.length === 1 ? "prints" : "print"} a new value and how to switch to it.` : ""}`
      )
    );
  }
  out2.push(footer(c));
  return out2.join("\n") + "\n";
}
var import_picocolors, SHOWN_AGAIN, text;
var init_text = __esm({
  "src/report/text.ts"() {
    "use strict";
    import_picocolors = __toESM(require_picocolors(), 1);
    init_order();
    init_status();
    init_lists();
    SHOWN_AGAIN = 5;
    text = (findings, ctx) => {
      const c = import_picocolors.default.createColors(ctx.color);
      const out2 = [];
      const what = ctx.scan === "django" ? "deployment issue" : "secret";
      if (findings.length === 0) {
        out2.push(c.green(`leakproof: no ${what}s found`));
        return out2.join("\n") + "\n";
      }
      if (findings.some((f) => f.commit !== void 0)) return historyReport(findings, ctx, c);
      for (const f of findings) {
        out2.push(header(f, c));
        if (f.secret !== "" || ctx.scan !== "django") out2.push(`  secret  ${f.secret}`);
        advice(out2, f, f.notes, ctx, c);
      }
      const n = findings.length;
      out2.push(c.bold(c.red(`leakproof: ${n} ${what}${n === 1 ? "" : "s"} found`)));
      out2.push(footer(c));
      const fix2 = fixCommand(findings, ctx.scan);
      if (fix2) out2.push(`Fix ${n === 1 ? "it" : "them"}: ${c.bold(fix2)}`);
      return out2.join("\n") + "\n";
    };
  }
});

// src/cli/scan.ts
var scan_exports = {};
__export(scan_exports, {
  finish: () => finish,
  setup: () => setup
});
import { appendFileSync, writeFileSync as writeFileSync2 } from "node:fs";
function setup(root, opts) {
  for (const { format } of opts.reports)
    if (!FORMATS.includes(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(", ")} (not "${format}")`);
  const { config, rules } = loadConfig(root, opts.values.config, loadRuleDir());
  const maxFileSize = megabytes(opts.values["max-file-size"]) ?? config.maxFileSize ?? DEFAULT_MAX_MB * 1048576;
  return {
    root,
    rules,
    config,
    maxFileSize,
    prebuilt: loadPrebuilt(),
    ruleById: new Map(rules.rules.map((r) => [r.id, r]))
  };
}
function megabytes(v) {
  if (v === void 0) return void 0;
  const mb = Number(v);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-file-size takes a number of megabytes, not "${v}"`);
  return Math.round(mb * 1048576);
}
async function finish(s, opts, how) {
  const { found, notes, fileText } = how;
  const write = opts.values["write-baseline"];
  if (write) {
    writeFileSync2(write, formatBaseline(found));
    const n = new Set(found.map((f) => f.fingerprint)).size;
    if (!opts.values.quiet)
      process.stderr.write(`leakproof: wrote ${n} accepted finding${n === 1 ? "" : "s"} to ${write}
`);
    return EXIT.clean;
  }
  let findings = found;
  const baseline = baselineFor(s.root, opts.values.baseline, s.config.baseline);
  if (baseline) {
    const { kept, stale } = applyBaseline(found, readBaseline(baseline));
    findings = kept;
    if (how.complete && stale.length > 0) {
      const list = stale.slice(0, 10).map((e) => `${e.ruleId} in ${e.file}`).join(", ");
      const note = `${stale.length} baseline entr${stale.length === 1 ? "y no longer matches" : "ies no longer match"} anything (${list}${stale.length > 10 ? ", \u2026" : ""}); rewrite it with leakproof baseline`;
      notes.push(note);
      if (!opts.values.quiet) process.stderr.write(`leakproof: ${note}
`);
    }
  }
  if (findings.length > 0) findings = applyRemedies(findings, s.ruleById, { project: detectProject(s.root), fileText });
  await how.annotate?.(findings);
  let reportNotes = notes;
  if (!opts.values["no-redact"]) {
    const masked = maskFindings(findings);
    findings = masked.findings;
    reportNotes = notes.map((n) => masked.masker.mask(n));
  }
  findings.sort(byPlace);
  for (const { format, output } of opts.reports) {
    const reporter = await loadReporter(format);
    const color = !output && process.stdout.isTTY === true && !process.env.NO_COLOR;
    const report = reporter(findings, {
      rules: s.ruleById,
      toolVersion: version(),
      color,
      notes: reportNotes,
      ...how.scan ? { scan: how.scan } : {}
    });
    if (output) writeFileSync2(output, report);
    else process.stdout.write(report);
    const stepSummary = process.env.GITHUB_STEP_SUMMARY;
    if (format === "github" && stepSummary)
      appendFileSync(stepSummary, (await Promise.resolve().then(() => (init_github(), github_exports))).summary(findings));
  }
  return findings.length > 0 ? EXIT.findings : EXIT.clean;
}
async function loadReporter(format) {
  switch (format) {
    case "json":
      return (await Promise.resolve().then(() => (init_json(), json_exports))).json;
    case "sarif":
      return (await Promise.resolve().then(() => (init_sarif(), sarif_exports))).sarif;
    case "github":
      return (await Promise.resolve().then(() => (init_github(), github_exports))).github;
    default:
      return (await Promise.resolve().then(() => (init_text(), text_exports))).text;
  }
}
var DEFAULT_MAX_MB, FORMATS;
var init_scan = __esm({
  "src/cli/scan.ts"() {
    "use strict";
    init_load();
    init_prebuilt();
    init_config();
    init_baseline();
    init_remedy();
    init_project();
    init_mask();
    init_order();
    init_errors2();
    init_version();
    DEFAULT_MAX_MB = 10;
    FORMATS = ["text", "json", "sarif", "github"];
  }
});

// src/cli/skips.ts
var skips_exports = {};
__export(skips_exports, {
  noteSkips: () => noteSkips,
  skipNotes: () => skipNotes
});
function skipNotes(skips, maxFileSize, verbose) {
  const notes = [];
  const limit = mib(maxFileSize, maxFileSize % MIB === 0 ? 0 : 1);
  for (const s of skips) {
    if (s.reason === "too-large")
      notes.push(`skipped ${s.path} (${s.detail}, over the ${limit} limit; raise it with --max-file-size)`);
    else if (s.reason === "unreadable") notes.push(`skipped ${s.path} (cannot read: ${s.detail})`);
    else if (verbose) notes.push(`skipped ${s.path} (${s.reason === "binary" ? "binary" : "symlink, not followed"})`);
  }
  if (!verbose) {
    const binary = skips.filter((s) => s.reason === "binary").length;
    const links = skips.filter((s) => s.reason === "symlink").length;
    if (binary > 0) notes.push(`skipped ${binary} binary file${binary === 1 ? "" : "s"} (--verbose lists them)`);
    if (links > 0) notes.push(`did not follow ${links} symlink${links === 1 ? "" : "s"} (--verbose lists them)`);
  }
  return notes;
}
function noteSkips(skips, maxFileSize, opts) {
  const notes = skipNotes(skips, maxFileSize, opts.values.verbose ?? false);
  if (!opts.values.quiet) for (const n of notes) process.stderr.write(`leakproof: ${n}
`);
  return notes;
}
var init_skips = __esm({
  "src/cli/skips.ts"() {
    "use strict";
    init_units();
  }
});

// src/cli/commands/staged.ts
var staged_exports = {};
__export(staged_exports, {
  run: () => run
});
async function run(opts) {
  const cwd = process.cwd();
  const root = quickWorkTreeTop(cwd);
  const s = setup(root, opts);
  const { findings, skips, blobs } = await collectStaged(cwd, root, s, opts);
  const notes = noteSkips(skips, s.maxFileSize, opts);
  const fileText = (path) => stagedText(cwd, path, blobs.get(path), s.maxFileSize);
  return finish(s, opts, { found: findings, notes, fileText, scan: "staged" });
}
var init_staged3 = __esm({
  "src/cli/commands/staged.ts"() {
    "use strict";
    init_repo();
    init_staged();
    init_staged2();
    init_scan();
    init_skips();
  }
});

// src/git/blobs.ts
function addedRuns(older, newer) {
  const split2 = (t) => {
    const lines2 = t.split("\n");
    if (lines2[lines2.length - 1] === "") lines2.pop();
    return lines2;
  };
  const had = new Set(split2(older));
  const runs = [];
  let run10 = [];
  let start = 0;
  split2(newer).forEach((line, i) => {
    if (had.has(line)) {
      if (run10.length > 0) runs.push({ startLine: start, text: run10.join("\n") });
      run10 = [];
      return;
    }
    if (run10.length === 0) start = i + 1;
    run10.push(line);
  });
  if (run10.length > 0) runs.push({ startLine: start, text: run10.join("\n") });
  return runs;
}
var BatchReader;
var init_blobs = __esm({
  "src/git/blobs.ts"() {
    "use strict";
    BatchReader = class {
      constructor(onObject) {
        this.onObject = onObject;
      }
      onObject;
      head = [];
      body = [];
      need = -1;
      // bytes of body (+ its "\n") still expected; -1: reading a header line
      current;
      push(chunk2) {
        let at = 0;
        while (at < chunk2.length) {
          if (this.need < 0) {
            const nl = chunk2.indexOf(10, at);
            if (nl === -1) {
              this.head.push(chunk2.subarray(at));
              return;
            }
            this.head.push(chunk2.subarray(at, nl));
            at = nl + 1;
            const line = Buffer.concat(this.head).toString("utf8");
            this.head = [];
            this.header(line);
          } else {
            const take = Math.min(this.need, chunk2.length - at);
            this.body.push(chunk2.subarray(at, at + take));
            at += take;
            this.need -= take;
            if (this.need === 0) this.finish();
          }
        }
      }
      header(line) {
        const parts = line.split(" ");
        const size = Number(parts[2]);
        if (parts.length === 3 && Number.isInteger(size) && size >= 0) {
          this.current = { oid: parts[0], type: parts[1], size };
          this.need = size + 1;
          if (this.need === 0) this.finish();
        } else {
          const sp = line.lastIndexOf(" ");
          this.onObject({ oid: line.slice(0, sp), type: line.slice(sp + 1), body: void 0 });
        }
      }
      finish() {
        const c = this.current;
        const all = Buffer.concat(this.body);
        this.body = [];
        this.need = -1;
        this.current = void 0;
        this.onObject({ oid: c.oid, type: c.type, body: all.subarray(0, c.size) });
      }
    };
  }
});

// src/git/log.ts
function detach(s) {
  return (" " + s).slice(1);
}
function parseHeader(line) {
  if (line.charCodeAt(0) !== 0) return void 0;
  const [, sha, parents, author, date] = line.split("\0");
  if (sha === void 0 || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha) || date === void 0) return void 0;
  return {
    sha: detach(sha),
    parents: parents ? parents.split(" ").map(detach) : [],
    author: detach(author ?? ""),
    date: detach(date)
  };
}
var LOG_FORMAT, LogParser;
var init_log = __esm({
  "src/git/log.ts"() {
    "use strict";
    init_diff();
    LOG_FORMAT = "%x00%H%x00%P%x00%an <%ae>%x00%aI";
    LogParser = class {
      constructor(sink, opts = {}) {
        this.sink = sink;
        this.diff = new DiffParser(
          {
            fragment: (f) => sink.fragment(f),
            file: (f) => {
              if (this.current) sink.file?.(f, this.current);
            }
          },
          opts
        );
      }
      sink;
      diff;
      current;
      /** Commits whose patch is over. */
      commits = 0;
      /** One line of `git log` output, without its "\n". */
      line(line, truncated = false) {
        if (line.charCodeAt(0) === 0) {
          const c = parseHeader(line);
          if (c) {
            this.endCommit();
            this.current = c;
            this.diff.setMeta({ commit: c.sha, author: c.author, date: c.date });
            return;
          }
        }
        if (this.current) this.diff.line(line, truncated);
      }
      /** Call after the last line. */
      end() {
        this.endCommit();
      }
      endCommit() {
        const c = this.current;
        if (!c) return;
        this.diff.end();
        this.current = void 0;
        this.commits++;
        this.sink.commit?.(c);
      }
    };
  }
});

// src/git/strings.ts
function hashOf(data2, from, width) {
  let h = 0;
  for (let i = from; i < from + width; i++) h = Math.imul(h, B) + data2[i] | 0;
  return h;
}
function bucketOf(h) {
  return Math.imul(h, 2654435761) >>> 32 - FILTER_BITS;
}
var HEAD, FILTER_BITS, B, StringSearch;
var init_strings = __esm({
  "src/git/strings.ts"() {
    "use strict";
    HEAD = 12;
    FILTER_BITS = 22;
    B = 16777619;
    StringSearch = class {
      keys;
      /** Bytes the hash covers: the shortest string's length, at most HEAD. */
      width;
      /** B^(width-1), to take the oldest byte out of the rolling hash. */
      pow;
      /** The longest string, minus one: the bytes kept between chunks. */
      keep;
      /** One bit per hash bucket that holds a string: most positions stop at this check. */
      filter = new Uint8Array(1 << FILTER_BITS - 3);
      buckets = /* @__PURE__ */ new Map();
      /** Candidates compared byte by byte (tests check the work stays proportional to the text). */
      comparisons = 0;
      constructor(strings) {
        this.keys = strings.map((s) => Buffer.from(s, "utf8"));
        const lengths = this.keys.filter((k) => k.length > 0).map((k) => k.length);
        this.width = Math.min(HEAD, ...lengths);
        this.keep = Math.max(0, ...lengths) - 1;
        let pow = 1;
        for (let i = 1; i < this.width; i++) pow = Math.imul(pow, B);
        this.pow = pow;
        this.keys.forEach((k, i) => {
          if (k.length === 0) return;
          const h = hashOf(k, k.length - this.width, this.width);
          const slot = bucketOf(h);
          this.filter[slot >>> 3] |= 1 << (slot & 7);
          const list = this.buckets.get(h);
          if (list) list.push(i);
          else this.buckets.set(h, [i]);
        });
      }
      /** A stream to search (one file): push its bytes in any chunks, then end() → indices of the strings found. */
      stream() {
        const found = /* @__PURE__ */ new Set();
        let tail = Buffer.alloc(0);
        return {
          push: (chunk2) => {
            if (this.buckets.size === 0 || chunk2.length === 0) return;
            const data2 = tail.length > 0 ? Buffer.concat([tail, chunk2]) : Buffer.from(chunk2.buffer, chunk2.byteOffset, chunk2.length);
            this.scan(data2, tail.length + 1, found);
            tail = Buffer.from(data2.subarray(Math.max(0, data2.length - this.keep)));
          },
          end: () => found
        };
      }
      /** Indices of the strings that occur in `data`. */
      search(data2) {
        const s = this.stream();
        s.push(data2);
        return s.end();
      }
      /** Checks the strings that end at each position from `first` to data.length (an end is exclusive). */
      scan(data2, first, found) {
        const w = this.width;
        let e = Math.max(first, w);
        if (e > data2.length) return;
        const { filter, pow } = this;
        let h = hashOf(data2, e - w, w);
        for (; ; ) {
          const slot = bucketOf(h);
          if ((filter[slot >>> 3] & 1 << (slot & 7)) !== 0) this.verify(data2, e, h, found);
          if (e === data2.length) break;
          h = Math.imul(h - Math.imul(data2[e - w], pow), B) + data2[e] | 0;
          e++;
        }
      }
      verify(data2, end, h, found) {
        const list = this.buckets.get(h);
        if (!list) return;
        for (const i of list) {
          if (found.has(i)) continue;
          const k = this.keys[i];
          if (end < k.length) continue;
          this.comparisons++;
          if (data2.compare(k, 0, k.length, end - k.length, end) === 0) found.add(i);
        }
      }
    };
  }
});

// src/git/history.ts
import { accessSync, constants } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve as resolve4 } from "node:path";
function logArgs(o) {
  return [
    // Files over the limit are reported as binary without git loading them whole.
    "-c",
    `core.bigFileThreshold=${Math.max(1, o.maxFileSize)}`,
    "log",
    "--patch",
    "-U0",
    "--inter-hunk-context=0",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--no-relative",
    "--submodule=short",
    "--full-index",
    // A renamed file's unchanged lines are not new (a copy is: a new place the secret lives).
    "--find-renames",
    // A deleted file adds nothing: its header is enough.
    "--irreversible-delete",
    "--root",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    `--format=${LOG_FORMAT}`,
    ...o.merges === "remerge" ? ["--remerge-diff"] : ["--cc"],
    ...o.stdin ? ["--no-walk=unsorted", "--stdin"] : [
      ...o.since ? [`--since=${o.since}`] : [],
      ...o.revs.length > 0 ? ["--end-of-options", ...o.revs] : ["--all"]
    ],
    "--"
  ];
}
function revListArgs(o) {
  return [
    "rev-list",
    ...o.since ? [`--since=${o.since}`] : [],
    ...o.revs.length > 0 ? ["--end-of-options", ...o.revs] : ["--all"],
    "--"
  ];
}
function mergeMode(version2) {
  const m = /(\d+)\.(\d+)/.exec(version2);
  if (!m) return "cc";
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return major > 2 || major === 2 && minor >= 36 ? "remerge" : "cc";
}
function gitVersion(cwd) {
  return gitText(["version"], { cwd });
}
function objectsWritable(cwd) {
  try {
    accessSync(resolve4(cwd, gitText(["rev-parse", "--git-path", "objects"], { cwd })), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
function isShallow(cwd) {
  return gitText(["rev-parse", "--is-shallow-repository"], { cwd }) === "true";
}
function endpoints(args) {
  const include = [];
  const exclude = [];
  for (const arg of args) {
    const sym = arg.includes("...") ? "..." : arg.includes("..") ? ".." : void 0;
    if (sym) {
      const at = arg.indexOf(sym);
      const a = arg.slice(0, at) || "HEAD";
      const b = arg.slice(at + sym.length) || "HEAD";
      exclude.push(a);
      include.push(b);
      if (sym === "...") include.push(a);
      continue;
    }
    if (arg.startsWith("^")) {
      exclude.push(arg.slice(1));
      continue;
    }
    const m = /^(.*)\^(?:!|@|-\d*)$/.exec(arg);
    include.push(m ? m[1] : arg);
  }
  return { include: [...new Set(include)], exclude: [...new Set(exclude)] };
}
function fetchHint(cwd, rev, shallow) {
  const remotes = gitSync(["remote"], { cwd, okCodes: [1] }).stdout.toString("utf8").split("\n").filter(Boolean);
  const slash = rev.indexOf("/");
  const remote = slash > 0 ? rev.slice(0, slash) : void 0;
  const branch = remote ? rev.slice(slash + 1).replace(/^refs\/heads\//, "") : void 0;
  const fetch = remote && branch && remotes.includes(remote) ? `git fetch ${remote} ${branch}` : "git fetch";
  return shallow ? `fetch it (${fetch}, and git fetch --unshallow for the history; on GitHub Actions: actions/checkout with fetch-depth: 0)` : `fetch it (${fetch}; on GitHub Actions: actions/checkout with fetch-depth: 0)`;
}
function checkRanges(cwd, ranges, shallow) {
  for (const r of ranges) {
    if (r.startsWith("-"))
      throw new GitError(["log"], null, "", `history: "${r}" is not a revision range (options go before the ranges)`);
  }
  const { include, exclude } = endpoints(ranges);
  const sha = /* @__PURE__ */ new Map();
  for (const rev of [...exclude, ...include]) {
    const r = gitSync(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { cwd, okCodes: [1, 128] });
    const id = r.stdout.toString("utf8").trim();
    if (r.code !== 0 || !id) {
      const why = shallow ? "the checkout is shallow or the branch was not fetched" : "no such commit here (was the branch fetched?)";
      throw new GitError(
        ["rev-parse", rev],
        r.code,
        r.stderr,
        `history: cannot find ${rev}: ${why}; ${fetchHint(cwd, rev, shallow)}`
      );
    }
    sha.set(rev, id);
  }
  if (!shallow) return;
  for (const base of exclude) {
    for (const head of include) {
      if (base === head) continue;
      const mb = gitSync(["merge-base", sha.get(base), sha.get(head)], { cwd, okCodes: [1] });
      if (mb.code !== 0) {
        throw new GitError(
          ["merge-base", base, head],
          mb.code,
          mb.stderr,
          `history: ${base} and ${head} meet nowhere in this shallow checkout, so the range cannot be told apart from older history; fetch more of it (git fetch --unshallow, or git fetch --deepen=N; on GitHub Actions: actions/checkout with fetch-depth: 0)`
        );
      }
    }
  }
}
function listCommits(cwd, o) {
  const out2 = gitSync(revListArgs(o), { cwd, maxBuffer: 1024 * 1048576 }).stdout.toString("latin1");
  return out2.split("\n").filter(Boolean);
}
async function scanHistory(opts, sink) {
  const { cwd, maxFileSize } = opts;
  const ignored = opts.isIgnored ?? (() => false);
  const merges = opts.merges ?? (mergeMode(gitVersion(cwd)) === "remerge" && objectsWritable(cwd) ? "remerge" : "cc");
  const jobs = Math.max(1, opts.jobs ?? defaultJobs());
  const splitMin = opts.jobs !== void 0 ? 1 : SPLIT_MIN;
  const chunkMin = opts.jobs !== void 0 ? 1 : CHUNK_MIN;
  const base = { revs: opts.ranges, since: opts.since, merges, maxFileSize };
  const binaries = [];
  const onFile = (f, c) => {
    if (f.submodule || f.status === "deleted" || ignored(f.path)) return;
    if (f.tooLarge)
      sink.skip?.({
        path: f.path,
        reason: "too-large",
        detail: `more than ${mib(maxFileSize)} of added lines`,
        commit: c.sha
      });
    else if (f.binary && f.newId && !/^0+$/.test(f.newId))
      binaries.push({ commit: c, path: f.path, oldPath: f.oldPath ?? f.path, newId: f.newId });
    else if (f.binary) sink.skip?.({ path: f.path, reason: "binary", commit: c.sha });
  };
  let commits = 0;
  const run10 = async (args, input, signal) => {
    const parser = new LogParser(
      {
        fragment: (fr) => ignored(fr.path) ? void 0 : sink.fragment(fr),
        file: onFile,
        commit: (c) => {
          commits++;
          sink.commit?.(c);
        }
      },
      { maxFileBytes: maxFileSize, combinedNewOnly: merges === "cc" }
    );
    const lines2 = new LineSplitter((l, truncated) => parser.line(l, truncated), maxFileSize + 16);
    await gitStream(
      args,
      { cwd, ...input !== void 0 ? { input } : {}, ...signal ? { signal } : {} },
      (chunk2) => lines2.push(chunk2)
    );
    lines2.end();
    parser.end();
  };
  const list = jobs > 1 ? listCommits(cwd, base) : void 0;
  if (list && list.length >= splitMin) {
    sink.total?.(list.length);
    const chunks = chunk(list, Math.max(chunkMin, Math.ceil(list.length / (jobs * CHUNKS_PER_JOB))));
    const abort = new AbortController();
    let next = 0;
    const worker = async () => {
      while (next < chunks.length && !abort.signal.aborted) {
        const share = chunks[next++];
        await run10(logArgs({ ...base, stdin: true }), share.join("\n") + "\n", abort.signal);
      }
    };
    await Promise.all(
      Array.from(
        { length: Math.min(jobs, chunks.length) },
        () => worker().catch((e) => {
          abort.abort();
          throw e;
        })
      )
    );
  } else if (list) {
    sink.total?.(list.length);
    await run10(logArgs(base));
  } else {
    const counted = sink.total ? countCommits(cwd, base).then(
      (n) => sink.total(n),
      () => void 0
    ) : void 0;
    await run10(logArgs(base));
    await counted;
  }
  await recheckBinaries(cwd, binaries, maxFileSize, sink);
  return { commits };
}
async function recheckBinaries(cwd, list, max, sink) {
  if (list.length === 0) return;
  const skip = (c, reason, detail) => sink.skip?.({ path: c.path, reason, ...detail ? { detail } : {}, commit: c.commit.sha });
  const names = list.map((c) => [
    c.newId,
    c.commit.parents[0] && !/[\n\r]/.test(c.oldPath) ? `${c.commit.parents[0]}:${c.oldPath}` : ""
  ]);
  const check = gitSync(["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)"], {
    cwd,
    input: names.flat().map((n) => n || "0".repeat(40)).join("\n") + "\n",
    maxBuffer: 1024 * 1048576
  }).stdout.toString("utf8").split("\n");
  const info = (line) => {
    const [oid, type, size] = (line ?? "").split(" ");
    return oid && type === "blob" && Number.isInteger(Number(size)) ? { oid, size: Number(size) } : void 0;
  };
  const wanted = [];
  list.forEach((c, i) => {
    const now = info(check[2 * i]);
    const before = info(check[2 * i + 1]);
    if (!now) skip(c, "binary");
    else if (now.size > max) skip(c, "too-large", mib(now.size));
    else wanted.push({ c, newOid: now.oid, oldOid: before && before.size <= max ? before.oid : void 0 });
  });
  if (wanted.length === 0) return;
  const queue = wanted.flatMap((w) => w.oldOid ? [w.oldOid, w.newOid] : [w.newOid]);
  let next = 0;
  let pending;
  const reader = new BatchReader((o) => {
    const w = wanted[next];
    if (w.oldOid && pending === void 0) {
      pending = o.body ?? Buffer.alloc(0);
      return;
    }
    const newer = o.body ? decodeText(o.body) : void 0;
    const older = pending ? decodeText(pending) ?? "" : "";
    pending = void 0;
    next++;
    if (newer === void 0) return skip(w.c, "binary");
    const { sha, author, date } = w.c.commit;
    for (const run10 of addedRuns(older, newer))
      sink.fragment({ path: w.c.path, text: run10.text, startLine: run10.startLine, commit: sha, author, date });
  });
  await gitStream(["cat-file", "--batch"], { cwd, input: queue.join("\n") + "\n" }, (chunk2) => reader.push(chunk2));
}
function defaultJobs() {
  return Math.max(1, Math.min(2, availableParallelism()));
}
async function countCommits(cwd, o) {
  const args = revListArgs(o);
  let out2 = "";
  await gitStream([args[0], "--count", ...args.slice(1)], { cwd }, (chunk2) => out2 += chunk2.toString("latin1"));
  return Number(out2.trim());
}
function chunk(list, size) {
  const out2 = [];
  for (let i = 0; i < list.length; i += size) out2.push(list.slice(i, i + size));
  return out2;
}
async function secretsAtHead(cwd, secrets) {
  const head = gitSync(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], { cwd, okCodes: [1, 128] });
  if (head.code !== 0) return void 0;
  const found = /* @__PURE__ */ new Map();
  const keys = groupBy(
    [...new Set(secrets)].filter((s) => longestLine(s) !== ""),
    longestLine
  );
  if (keys.size === 0) return found;
  const keyList = [...keys.keys()];
  const search = new StringSearch(keyList);
  const pathsOf = /* @__PURE__ */ new Map();
  const tree = gitSync(["ls-tree", "-r", "-z", "--full-tree", head.stdout.toString("latin1").trim(), "--"], {
    cwd,
    maxBuffer: 1024 * 1048576
  }).stdout;
  for (let at = 0; at < tree.length; ) {
    const nul = tree.indexOf(0, at);
    const entry = tree.toString("utf8", at, nul === -1 ? tree.length : nul);
    at = nul === -1 ? tree.length : nul + 1;
    const tab = entry.indexOf("	");
    const [, type, id] = entry.slice(0, tab).split(" ");
    if (type !== "blob" || !id) continue;
    const list = pathsOf.get(id);
    if (list) list.push(entry.slice(tab + 1));
    else pathsOf.set(id, [entry.slice(tab + 1)]);
  }
  if (pathsOf.size === 0) return found;
  const hits = /* @__PURE__ */ new Map();
  const reader = new BatchStream((oid) => {
    const s = search.stream();
    return {
      data: (chunk2) => s.push(chunk2),
      end: () => {
        for (const k of s.end()) {
          const list = hits.get(k) ?? [];
          for (const p of pathsOf.get(oid) ?? []) list.push(p);
          hits.set(k, list);
        }
      }
    };
  });
  await gitStream(
    ["cat-file", "--batch"],
    { cwd, input: [...pathsOf.keys()].join("\n") + "\n" },
    (chunk2) => reader.push(chunk2)
  );
  for (const [k, paths] of hits) {
    const sorted = [...new Set(paths)].sort(byCodeUnits);
    for (const s of keys.get(keyList[k])) found.set(s, sorted);
  }
  return found;
}
function headTexts(cwd, paths, max) {
  const texts = /* @__PURE__ */ new Map();
  const asked = [...new Set(paths)].filter((p) => !/[\n\r]/.test(p));
  if (asked.length === 0) return texts;
  let out2;
  try {
    out2 = gitSync(["cat-file", "--batch"], {
      cwd,
      input: asked.map((p) => `HEAD:${p}`).join("\n") + "\n",
      maxBuffer: 2048 * 1048576
    }).stdout;
  } catch {
    return texts;
  }
  let at = 0;
  for (const path of asked) {
    const nl = out2.indexOf(10, at);
    if (nl === -1) break;
    const head = out2.toString("utf8", at, nl).split(" ");
    at = nl + 1;
    const size = Number(head[2]);
    if (head.length !== 3 || !Number.isInteger(size)) {
      texts.set(path, void 0);
      continue;
    }
    const body = out2.subarray(at, at + size);
    at += size + 1;
    texts.set(path, head[1] === "blob" && size <= max ? decodeText(body) : void 0);
  }
  return texts;
}
function longestLine(s) {
  return s.split(/\r?\n/).reduce((a, b) => b.length > a.length ? b : a, "");
}
var SPLIT_MIN, CHUNK_MIN, CHUNKS_PER_JOB, BatchStream;
var init_history = __esm({
  "src/git/history.ts"() {
    "use strict";
    init_encoding();
    init_blobs();
    init_exec();
    init_log();
    init_strings();
    init_lists();
    init_units();
    SPLIT_MIN = 2e3;
    CHUNK_MIN = 256;
    CHUNKS_PER_JOB = 4;
    BatchStream = class {
      constructor(open) {
        this.open = open;
      }
      open;
      head = [];
      /** Body bytes still expected, then 1 for the "\n" after it; -1: reading a header line. */
      need = -1;
      bodyLeft = 0;
      current;
      push(chunk2) {
        let at = 0;
        while (at < chunk2.length) {
          if (this.need < 0) {
            const nl = chunk2.indexOf(10, at);
            if (nl === -1) {
              this.head.push(chunk2.subarray(at));
              return;
            }
            this.head.push(chunk2.subarray(at, nl));
            at = nl + 1;
            const parts = Buffer.concat(this.head).toString("latin1").split(" ");
            this.head = [];
            const size = Number(parts[2]);
            if (parts.length !== 3 || !Number.isInteger(size) || size < 0) continue;
            this.current = this.open(parts[0]);
            this.bodyLeft = size;
            this.need = size + 1;
          } else {
            const take = Math.min(this.need, chunk2.length - at);
            const body = Math.min(take, this.bodyLeft);
            if (body > 0) this.current.data(chunk2.subarray(at, at + body));
            this.bodyLeft -= body;
            at += take;
            this.need -= take;
            if (this.need === 0) {
              this.current.end();
              this.current = void 0;
              this.need = -1;
            }
          }
        }
      }
    };
  }
});

// src/cli/progress.ts
function progress(out2, enabled, opts) {
  if (!enabled) return { total() {
  }, tick() {
  }, log: (line) => out2.write(`${line}
`), done() {
  } };
  if (out2.isTTY !== true) return lines(out2, opts);
  const now = opts.now ?? (() => performance.now());
  const every = opts.every ?? 100;
  const start = now();
  let total;
  let done = 0;
  let found = 0;
  let last = -Infinity;
  let drawn = false;
  const draw = (t) => {
    last = t;
    drawn = true;
    const line = progressLine({ done, total, found, seconds: (t - start) / 1e3, unit: opts.unit });
    const width = Math.max(20, (out2.columns || 80) - 1);
    out2.write(`\r${line.slice(0, width)}\x1B[K`);
  };
  return {
    total(n) {
      total = n;
    },
    tick(f = 0) {
      done++;
      found += f;
      const t = now();
      if (t - last >= every) draw(t);
    },
    log(line) {
      out2.write(`${drawn ? "\r\x1B[K" : ""}${line}
`);
      if (drawn) draw(now());
    },
    done() {
      if (drawn) out2.write("\r\x1B[K");
      drawn = false;
    }
  };
}
function lines(out2, opts) {
  const now = opts.now ?? (() => performance.now());
  const every = opts.lineEvery ?? 5e3;
  const start = now();
  let next = start + every;
  let total;
  let done = 0;
  let found = 0;
  return {
    total(n) {
      total = n;
    },
    tick(f = 0) {
      done++;
      found += f;
      const t = now();
      if (t < next) return;
      next = t + every;
      out2.write(`${progressLine({ done, total, found, seconds: (t - start) / 1e3, unit: opts.unit })}
`);
    },
    log: (line) => out2.write(`${line}
`),
    done() {
    }
  };
}
function progressLine(p) {
  const rate = p.seconds > 0 ? p.done / p.seconds : 0;
  const parts = [`leakproof: ${p.done}${p.total !== void 0 ? `/${p.total}` : ""} ${p.unit}`];
  if (p.total !== void 0 && p.total > 0) parts[0] += ` (${Math.min(100, Math.floor(100 * p.done / p.total))}%)`;
  parts.push(`${rate >= 100 ? Math.round(rate) : rate.toFixed(1)}/s`);
  if (p.total !== void 0 && rate > 0 && p.done < p.total && p.seconds >= 1)
    parts.push(`ETA ${duration((p.total - p.done) / rate)}`);
  if (p.found > 0) parts.push(`${p.found} found`);
  return parts.join(", ");
}
function duration(seconds) {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}
var init_progress = __esm({
  "src/cli/progress.ts"() {
    "use strict";
  }
});

// src/cli/commands/history.ts
var history_exports = {};
__export(history_exports, {
  run: () => run2
});
async function run2(opts, given) {
  const cwd = process.cwd();
  const root = workTreeTopOrBare(cwd);
  const s = setup(root, opts);
  const quiet = opts.values.quiet ?? false;
  const verbose = opts.values.verbose ?? false;
  const maxFileSize = s.maxFileSize;
  const since = opts.values.since;
  const ranges = given ? given.revs : opts.positionals;
  const jobs = jobsFromEnv();
  const notes = [];
  const shallow = isShallow(cwd);
  if (!given) checkRanges(cwd, ranges, shallow);
  if (shallow) {
    const note = "the repository is shallow: only the commits that are here were scanned, and the oldest of them show their whole tree as added (git fetch --unshallow scans the rest; on GitHub Actions: actions/checkout with fetch-depth: 0)";
    notes.push(note);
    if (!quiet) process.stderr.write(`leakproof: ${note}
`);
  }
  const isIgnored2 = ignoredPaths(root, s.config.ignore, opts.values["no-ignore"] ?? false);
  const detector = createDetector(s.rules, s.prebuilt);
  const findings = [];
  const skips = /* @__PURE__ */ new Map();
  const bar = progress(process.stderr, !quiet, { unit: "commits" });
  let sinceTick = 0;
  try {
    await scanHistory(
      {
        cwd,
        ranges,
        ...since !== void 0 ? { since } : {},
        maxFileSize,
        isIgnored: isIgnored2,
        ...jobs !== void 0 ? { jobs } : {}
      },
      {
        fragment: (fragment) => {
          for (const f of detector.detect(fragment)) {
            findings.push(keep(f));
            sinceTick++;
            if (verbose && !quiet)
              bar.log(`leakproof: found ${f.ruleId} in ${f.file}:${f.line} (commit ${f.commit?.slice(0, 12) ?? "?"})`);
          }
        },
        skip: (skip) => {
          const key = `${skip.reason}\0${skip.path}`;
          if (!skips.has(key))
            skips.set(key, {
              path: detach(skip.path),
              reason: skip.reason,
              ...skip.detail ? { detail: skip.detail } : {}
            });
        },
        commit: () => {
          bar.tick(sinceTick);
          sinceTick = 0;
        },
        total: (n) => bar.total(n)
      }
    );
  } finally {
    bar.done();
  }
  notes.push(...skipNotes([...skips.values()], maxFileSize, opts.values.verbose ?? false));
  if (!quiet) for (const n of notes.slice(shallow ? 1 : 0)) process.stderr.write(`leakproof: ${n}
`);
  const texts = headTexts(
    cwd,
    findings.map((f) => f.file),
    maxFileSize
  );
  const fileText = (path) => texts.get(path);
  return finish(s, opts, {
    found: findings,
    notes,
    fileText,
    complete: !given && ranges.length === 0 && since === void 0,
    annotate: (found) => markHead(cwd, found),
    scan: "history"
  });
}
function keep(f) {
  const k = { ...f, file: detach(f.file), secret: detach(f.secret), lineText: detach(f.lineText) };
  if (f.name !== void 0) k.name = detach(f.name);
  return k;
}
async function markHead(cwd, findings) {
  if (findings.length === 0) return;
  const at = await secretsAtHead(
    cwd,
    findings.map((f) => f.secret)
  );
  if (!at) return;
  for (const f of findings) f.atHead = at.get(f.secret) ?? [];
}
function jobsFromEnv() {
  const v = process.env.LEAKPROOF_GIT_JOBS;
  if (v === void 0 || v === "") return void 0;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError(`LEAKPROOF_GIT_JOBS must be a whole number from 1 to 64, not "${v}"`);
  return n;
}
var init_history2 = __esm({
  "src/cli/commands/history.ts"() {
    "use strict";
    init_ignorefile();
    init_detect();
    init_history();
    init_log();
    init_repo();
    init_errors2();
    init_progress();
    init_scan();
    init_skips();
  }
});

// src/git/push.ts
function parsePushInput(text2) {
  const out2 = [];
  for (const raw of text2.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const parts = line.split(" ");
    if (parts.length !== 4 || !/^[0-9a-f]{7,64}$/i.test(parts[1]) || !/^[0-9a-f]{7,64}$/i.test(parts[3]))
      throw new Error(`unexpected pre-push input line: "${line.slice(0, 200)}"`);
    out2.push({ localRef: parts[0], localSha: parts[1], remoteRef: parts[2], remoteSha: parts[3] });
  }
  return out2;
}
function pushRevs(cwd, updates) {
  const pushed = updates.filter((u) => !ZERO.test(u.localSha));
  if (pushed.length === 0) return { revs: [], notCommits: [] };
  const had = updates.map((u) => u.remoteSha).filter((s) => !ZERO.test(s));
  const commits = commitsAmong(cwd, [...pushed.map((u) => u.localSha), ...had]);
  const include = [...new Set(pushed.map((u) => u.localSha).filter((s) => commits.has(s)))];
  const notCommits = pushed.filter((u) => !commits.has(u.localSha)).map((u) => u.localRef);
  if (include.length === 0) return { revs: [], notCommits };
  const exclude = /* @__PURE__ */ new Set([...had.filter((s) => commits.has(s)), ...remoteTips(cwd)]);
  return { revs: [...include, ...[...exclude].map((s) => `^${s}`)], notCommits };
}
function remoteTips(cwd) {
  const out2 = gitSync(["for-each-ref", "--format=%(objectname)", "refs/remotes/"], { cwd }).stdout.toString("utf8");
  return [...new Set(out2.split("\n").filter(Boolean))];
}
function commitsAmong(cwd, names) {
  const unique = [...new Set(names)];
  const r = gitSync(["cat-file", "--batch-check=%(objecttype)"], {
    cwd,
    input: unique.map((n) => `${n}^{commit}`).join("\n") + "\n"
  });
  const answers = r.stdout.toString("utf8").split("\n");
  return new Set(unique.filter((_, i) => answers[i] === "commit"));
}
var ZERO;
var init_push = __esm({
  "src/git/push.ts"() {
    "use strict";
    init_exec();
    ZERO = /^0+$/;
  }
});

// src/cli/commands/prepush.ts
var prepush_exports = {};
__export(prepush_exports, {
  run: () => run3
});
async function run3(opts) {
  if (opts.positionals.length > 2)
    throw new UsageError(`pre-push takes at most the remote's name and URL (as git passes them)`);
  const updates = await pushUpdates();
  const { revs, notCommits } = pushRevs(process.cwd(), updates);
  const quiet = opts.values.quiet ?? false;
  for (const ref of notCommits)
    if (!quiet) process.stderr.write(`leakproof: ${ref} names no commit (a tag of a file or tree): not scanned
`);
  if (revs.length === 0) {
    if (!quiet) process.stderr.write("leakproof: the push sends no new commits: nothing to scan\n");
    return EXIT.clean;
  }
  return (await Promise.resolve().then(() => (init_history2(), history_exports))).run(opts, { revs });
}
async function pushUpdates() {
  const env = process.env;
  if (env.PRE_COMMIT_TO_REF) {
    return [
      { localRef: "HEAD", localSha: env.PRE_COMMIT_TO_REF, remoteRef: "", remoteSha: env.PRE_COMMIT_FROM_REF || ZERO2 }
    ];
  }
  const text2 = process.stdin.isTTY ? "" : await readStdin();
  if (text2.trim() === "") return [{ localRef: "HEAD", localSha: "HEAD", remoteRef: "", remoteSha: ZERO2 }];
  try {
    return parsePushInput(text2);
  } catch (e) {
    throw new UsageError(`pre-push: ${e.message} (git passes "<local ref> <sha> <remote ref> <sha>" lines)`);
  }
}
function readStdin() {
  return new Promise((resolve8, reject) => {
    let text2 = "";
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (s) => text2 += s);
    process.stdin.on("end", () => resolve8(text2));
    process.stdin.on("error", reject);
  });
}
var ZERO2;
var init_prepush = __esm({
  "src/cli/commands/prepush.ts"() {
    "use strict";
    init_push();
    init_errors2();
    ZERO2 = "0".repeat(40);
  }
});

// src/hooks/script.ts
import { readFileSync as readFileSync8 } from "node:fs";
import { fileURLToPath as fileURLToPath3 } from "node:url";
function signature(hook) {
  return `# leakproof ${hook} hook`;
}
function chainedName(hook) {
  return `${hook}.leakproof-chained`;
}
function currentCli() {
  return { node: process.execPath, script: fileURLToPath3(new URL("../cli/main.js", import.meta.url)) };
}
function template() {
  return readFileSync8(fileURLToPath3(new URL("../../hooks/pre-commit", import.meta.url)), "utf8");
}
function shellQuote(s) {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
function fill(hook, cli) {
  const t = TEXT[hook];
  const feed = t.stdin ? `printf '%s' "$leakproof_input" | ` : "";
  const pinned = cli ? [
    `  elif [ -f "$leakproof_cli" ]; then`,
    `    leakproof_node=${shellQuote(cli.node)}`,
    `    [ -x "$leakproof_node" ] || leakproof_node=node`,
    `    ${feed}"$leakproof_node" "$leakproof_cli" ${t.command} || leakproof_status=$?`
  ].join("\n") : void 0;
  const where = cli ? "node_modules/.bin/leakproof, $leakproof_cli or leakproof on PATH" : "node_modules/.bin/leakproof or leakproof on PATH";
  let text2 = template();
  if (cli)
    text2 = text2.replace("  leakproof_status=0\n", `  leakproof_cli=${shellQuote(cli.script)}
  leakproof_status=0
`);
  const lines2 = {
    "@READ@": t.stdin ? READ : void 0,
    "@PINNED@": pinned,
    "@RESTORE@": t.stdin ? RESTORE : void 0
  };
  for (const [marker, value2] of Object.entries(lines2))
    text2 = text2.replace(`${marker}
`, () => value2 === void 0 ? "" : `${value2}
`);
  return text2.replace(/@FEED@/g, () => feed).replace(/@HOOK@/g, () => hook).replace(/@BLOCKED@/g, () => t.blocked).replace(/@FOUND@/g, () => t.found).replace(/@NAME@/g, () => t.command.split(" ")[0]).replace(/@COMMAND@/g, () => t.command).replace(/@WHERE@/g, () => where);
}
function hookScript(cli, hook = "pre-commit") {
  return fill(hook, cli);
}
function hookBlock(hook = "pre-commit") {
  const text2 = fill(hook, void 0);
  const start = text2.indexOf(BEGIN);
  const end = text2.indexOf(END);
  if (start === -1 || end === -1) throw new Error("hooks/pre-commit has lost its leakproof markers");
  return text2.slice(start, end + END.length) + "\n";
}
var HOOKS, PUSH_HOOK, ALL_HOOKS, BEGIN, END, TEXT, READ, RESTORE;
var init_script = __esm({
  "src/hooks/script.ts"() {
    "use strict";
    HOOKS = ["pre-commit", "pre-merge-commit"];
    PUSH_HOOK = "pre-push";
    ALL_HOOKS = [...HOOKS, PUSH_HOOK];
    BEGIN = "# >>> leakproof >>>";
    END = "# <<< leakproof <<<";
    TEXT = {
      "pre-commit": {
        blocked: "commit",
        command: "staged",
        found: "secrets found (see above)",
        stdin: false
      },
      "pre-merge-commit": {
        blocked: "merge",
        command: "staged",
        found: "secrets found (see above)",
        stdin: false
      },
      "pre-push": {
        blocked: "push",
        command: 'pre-push "$@"',
        found: "commits being pushed add secrets (see above); the secret is in a commit, so change that commit (git commit --amend, or git rebase -i) and push again",
        stdin: true
      }
    };
    READ = ["  leakproof_input=$(cat; echo .)", "  leakproof_input=${leakproof_input%.}"].join("\n");
    RESTORE = [
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
      "  fi"
    ].join("\n");
  }
});

// src/hooks/husky.ts
function addBlock(existing, block) {
  if (existing === void 0) return SHEBANG + flag(block, NEW_FILE);
  const found = findBlock(existing);
  if (found) {
    const oldBegin = existing.slice(found.start, existing.indexOf("\n", found.start));
    const flags = [ADDED_NEWLINE, NEW_FILE].filter((f) => oldBegin.includes(f));
    return existing.slice(0, found.start) + flag(block, ...flags) + existing.slice(found.end);
  }
  let at = 0;
  const lines2 = existing.split("\n");
  let i = 0;
  if (lines2[0]?.startsWith("#!")) i++;
  while (i < lines2.length - 1 && /husky\.sh/.test(lines2[i])) i++;
  for (let k = 0; k < i; k++) at += lines2[k].length + 1;
  if (at > existing.length) at = existing.length;
  if (at > 0 && existing[at - 1] !== "\n") return existing + "\n" + flag(block, ADDED_NEWLINE);
  return existing.slice(0, at) + block + existing.slice(at);
}
function removeBlock(text2) {
  const found = findBlock(text2);
  if (!found) return { text: text2, removed: false };
  const begin = text2.slice(found.start, text2.indexOf("\n", found.start));
  let start = found.start;
  if (begin.includes(ADDED_NEWLINE) && text2[start - 1] === "\n") start--;
  const rest = text2.slice(0, start) + text2.slice(found.end);
  if (begin.includes(NEW_FILE) && (rest === SHEBANG || rest === "")) return { text: void 0, removed: true };
  return { text: rest, removed: true };
}
function hasBlock(text2) {
  return findBlock(text2) !== void 0;
}
function findBlock(text2) {
  const start = lineStartOf(text2, BEGIN);
  if (start === -1) return void 0;
  const endLine = lineStartOf(text2, END, start);
  if (endLine === -1) return void 0;
  const nl = text2.indexOf("\n", endLine);
  return { start, end: nl === -1 ? text2.length : nl + 1 };
}
function lineStartOf(text2, marker, from = 0) {
  for (let i = text2.indexOf(marker, from); i !== -1; i = text2.indexOf(marker, i + 1)) {
    if (i === 0 || text2[i - 1] === "\n") return i;
  }
  return -1;
}
function flag(block, ...flags) {
  if (flags.length === 0) return block;
  const nl = block.indexOf("\n");
  return block.slice(0, nl) + " " + flags.join(" ") + block.slice(nl);
}
var ADDED_NEWLINE, NEW_FILE, SHEBANG;
var init_husky = __esm({
  "src/hooks/husky.ts"() {
    "use strict";
    init_script();
    ADDED_NEWLINE = "[leakproof added a newline before this block]";
    NEW_FILE = "[leakproof created this file]";
    SHEBANG = "#!/bin/sh\n";
  }
});

// src/hooks/lintstaged.ts
import { readFileSync as readFileSync9 } from "node:fs";
import { join as join8 } from "node:path";
function lintStagedConfig(pkgDir) {
  const pkg = read2(join8(pkgDir, "package.json"));
  if (pkg !== void 0) {
    try {
      const section = JSON.parse(pkg)["lint-staged"];
      if (section !== void 0) return JSON.stringify(section);
    } catch {
    }
  }
  for (const f of CONFIG_FILES) {
    const text2 = read2(join8(pkgDir, f));
    if (text2 !== void 0) return text2;
  }
  return void 0;
}
function lintStagedRunsLeakproof(script, pkgDir) {
  if (script === void 0 || !/\blint-staged\b/.test(script)) return false;
  const config = lintStagedConfig(pkgDir);
  return config !== void 0 && RUNS_STAGED.test(config);
}
function read2(p) {
  try {
    return readFileSync9(p, "utf8");
  } catch {
    return void 0;
  }
}
var CONFIG_FILES, RUNS_STAGED;
var init_lintstaged = __esm({
  "src/hooks/lintstaged.ts"() {
    "use strict";
    CONFIG_FILES = [
      ".lintstagedrc",
      ".lintstagedrc.json",
      ".lintstagedrc.yaml",
      ".lintstagedrc.yml",
      ".lintstagedrc.mjs",
      ".lintstagedrc.cjs",
      ".lintstagedrc.js",
      "lint-staged.config.js",
      "lint-staged.config.mjs",
      "lint-staged.config.cjs"
    ];
    RUNS_STAGED = /(?:leakproof\S*|dist\/cli\/main\.js)\s+staged\b/;
  }
});

// src/hooks/locate.ts
import { statSync } from "node:fs";
import { basename, dirname as dirname5, join as join9, resolve as resolve5 } from "node:path";
function locate(cwd) {
  const root = workTreeTop(cwd);
  const hooksDir = gitPath(cwd, "hooks");
  const hooksPath = configGet(cwd, "core.hooksPath");
  const defaultDir = join9(commonDir(cwd), "hooks");
  const target = { root, hooksDir, otherDirs: hooksDir === defaultDir ? [] : [defaultDir] };
  const husky = basename(hooksDir) === ".husky" ? hooksDir : basename(hooksDir) === "_" && basename(dirname5(hooksDir)) === ".husky" ? dirname5(hooksDir) : void 0;
  if (husky) target.husky = { dir: husky, active: true };
  else if (hooksPath === void 0 && isDir(join9(root, ".husky")))
    target.husky = { dir: join9(root, ".husky"), active: false };
  return target;
}
function isDir(p) {
  try {
    return statSync(resolve5(p)).isDirectory();
  } catch {
    return false;
  }
}
var init_locate = __esm({
  "src/hooks/locate.ts"() {
    "use strict";
    init_repo();
  }
});

// src/hooks/install.ts
import {
  chmodSync,
  existsSync as existsSync5,
  lstatSync,
  mkdirSync,
  readFileSync as readFileSync10,
  renameSync,
  unlinkSync,
  writeFileSync as writeFileSync3
} from "node:fs";
import { basename as basename2, dirname as dirname6, join as join10, relative as relative3 } from "node:path";
function install(cwd, cli, o = {}) {
  const t = locate(cwd);
  const show = (p) => relative3(t.root, p) || ".";
  const done = [];
  const wanted = (dir, husky) => {
    const has = o.prePush || (husky ? hasBlock(readOrUndefined(join10(dir, PUSH_HOOK)) ?? "") : kind(join10(dir, PUSH_HOOK), PUSH_HOOK) === "ours");
    return has ? [...HOOKS, PUSH_HOOK] : [...HOOKS];
  };
  if (t.husky) {
    const { dir, active } = t.husky;
    const changed = [];
    for (const hook of wanted(dir, true)) {
      const script = join10(dir, hook);
      const before = readOrUndefined(script);
      if (hook === "pre-commit" && !hasBlock(before ?? "") && lintStagedRunsLeakproof(before, dirname6(dir))) {
        done.push(`left ${show(script)} as it is: it runs lint-staged, whose config already runs leakproof staged`);
        continue;
      }
      const after = addBlock(before, hookBlock(hook));
      if (before === after) done.push(`already in ${show(script)} (husky)`);
      else {
        writeFileSync3(script, after);
        if (before === void 0) chmodSync(script, 493);
        changed.push(show(script));
        done.push(
          `${before === void 0 ? "created" : hasBlock(before) ? "updated" : "added to"} ${show(script)} (husky)`
        );
        if (hook === "pre-merge-commit" && before === void 0) done.push(MERGE_NOTE);
        if (hook === PUSH_HOOK && !hasBlock(before ?? "")) done.push(PUSH_NOTE);
      }
      const stub = join10(t.hooksDir, hook);
      if (active && basename2(t.hooksDir) === "_" && !exists(stub)) {
        done.push(
          `${show(stub)} is missing, so git does not run ${show(script)}: update husky (9 or later) and run \`npx husky\``
        );
      }
    }
    if (changed.length > 0) done.push(`commit ${changed.join(" and ")} so everyone gets the check`);
    if (!active)
      done.push(
        "husky is not set up in this clone yet (core.hooksPath is not set): run `npx husky` (or npm install) so the hooks run"
      );
    return done;
  }
  mkdirSync(t.hooksDir, { recursive: true });
  const plan = wanted(t.hooksDir, false).map((hook) => {
    const path = join10(t.hooksDir, hook);
    return { hook, path, chained: join10(t.hooksDir, chainedName(hook)), current: kind(path, hook) };
  });
  for (const p of plan) {
    if (p.current === "other" && exists(p.chained)) {
      throw new HookError(
        `${p.path} is not leakproof's and ${chainedName(p.hook)} already exists next to it; move one of them away, then run install again`
      );
    }
  }
  const status = { installed: [], updated: [], current: [] };
  const notes = [];
  for (const { hook, path, chained, current } of plan) {
    if (current === "ours") {
      const before = readFileSync10(path, "utf8");
      const after = hookScript(cli, hook);
      if (before !== after) writeFileSync3(path, after);
      chmodSync(path, 493);
      status[before === after ? "current" : "updated"].push(hook);
      continue;
    }
    if (current === "other") renameSync(path, chained);
    writeFileSync3(path, hookScript(cli, hook), { mode: 493 });
    chmodSync(path, 493);
    status.installed.push(hook);
    if (current === "other")
      notes.push(`your existing ${hook} hook is kept as ${chainedName(hook)} and runs after the scan`);
    else if (exists(chained)) notes.push(`${chainedName(hook)} found there runs after the scan`);
    if (hook === "pre-merge-commit") notes.push(MERGE_NOTE);
    if (hook === PUSH_HOOK) notes.push(PUSH_NOTE);
  }
  const names = (hooks) => `the ${hooks.length > 1 ? `${hooks.slice(0, -1).join(", ")} and ${hooks.at(-1)}` : hooks[0]} hook${hooks.length > 1 ? "s" : ""}`;
  if (status.installed.length > 0) done.push(`installed ${names(status.installed)} in ${t.hooksDir}`);
  if (status.updated.length > 0) done.push(`updated ${names(status.updated)} in ${t.hooksDir}`);
  if (status.current.length > 0)
    done.push(
      `${names(status.current)} ${status.current.length > 1 ? "are" : "is"} already installed in ${t.hooksDir}`
    );
  done.push(...notes);
  done.push(`they run node_modules/.bin/leakproof when present, else ${cli.script}; LEAKPROOF=0 skips them`);
  return done;
}
function uninstall(cwd) {
  const t = locate(cwd);
  const show = (p) => relative3(t.root, p) || ".";
  const done = [];
  if (t.husky) {
    for (const hook of ALL_HOOKS) {
      const script = join10(t.husky.dir, hook);
      const text2 = readOrUndefined(script);
      if (text2 === void 0) continue;
      const r = removeBlock(text2);
      if (r.removed && r.text === void 0) {
        unlinkSync(script);
        done.push(`removed ${show(script)} (husky; leakproof had created it)`);
      } else if (r.removed) {
        writeFileSync3(script, r.text);
        done.push(`removed leakproof from ${show(script)} (husky)`);
      }
    }
  }
  for (const dir of [t.hooksDir, ...t.otherDirs]) {
    for (const hook of ALL_HOOKS) {
      const path = join10(dir, hook);
      const chained = join10(dir, chainedName(hook));
      const current = kind(path, hook);
      if (current === "ours") {
        unlinkSync(path);
        if (exists(chained)) {
          renameSync(chained, path);
          done.push(`removed the ${hook} hook from ${dir} and put back the ${hook} hook that was there`);
        } else done.push(`removed the ${hook} hook from ${dir}`);
      } else if (exists(chained)) {
        done.push(
          `left ${chained} alone: ${path} is ${current === "none" ? "missing" : "not leakproof's"}; restore it by hand if it is yours`
        );
      }
    }
  }
  if (done.length === 0) {
    const husky = t.husky ? HOOKS.map((h) => show(join10(t.husky.dir, h))) : [];
    done.push(`leakproof's hooks are not installed (looked in ${[...husky, t.hooksDir].join(", ")})`);
  }
  return done;
}
function kind(path, hook) {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return "none";
  }
  if (!st.isFile()) return "other";
  try {
    return readFileSync10(path, "utf8").includes(signature(hook)) ? "ours" : "other";
  } catch {
    return "other";
  }
}
function exists(p) {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
function readOrUndefined(p) {
  return existsSync5(p) ? readFileSync10(p, "utf8") : void 0;
}
var HookError, MERGE_NOTE, PUSH_NOTE;
var init_install = __esm({
  "src/hooks/install.ts"() {
    "use strict";
    init_errors();
    init_husky();
    init_lintstaged();
    init_locate();
    init_script();
    HookError = class extends LeakproofError {
    };
    MERGE_NOTE = "pre-merge-commit checks what a merge brings in: git does not run pre-commit for the commit of a merge without conflicts";
    PUSH_NOTE = "pre-push checks the commits a push sends that the remote does not have yet, however they were made (rebase, cherry-pick, --no-verify, tools)";
  }
});

// src/cli/commands/install.ts
var install_exports = {};
__export(install_exports, {
  run: () => run4
});
async function run4(opts) {
  if (opts.positionals.length > 0)
    throw new UsageError(
      `install takes no arguments (got ${opts.positionals.join(" ")}); use -C DIR for another repository`
    );
  const lines2 = install(process.cwd(), currentCli(), { prePush: opts.values["pre-push"] ?? false });
  if (!opts.values.quiet) for (const l of lines2) process.stdout.write(`leakproof: ${l}
`);
  return EXIT.clean;
}
var init_install2 = __esm({
  "src/cli/commands/install.ts"() {
    "use strict";
    init_install();
    init_script();
    init_errors2();
  }
});

// src/cli/commands/uninstall.ts
var uninstall_exports = {};
__export(uninstall_exports, {
  run: () => run5
});
async function run5(opts) {
  if (opts.positionals.length > 0)
    throw new UsageError(
      `uninstall takes no arguments (got ${opts.positionals.join(" ")}); use -C DIR for another repository`
    );
  const lines2 = uninstall(process.cwd());
  if (!opts.values.quiet) for (const l of lines2) process.stdout.write(`leakproof: ${l}
`);
  return EXIT.clean;
}
var init_uninstall = __esm({
  "src/cli/commands/uninstall.ts"() {
    "use strict";
    init_install();
    init_errors2();
  }
});

// src/remedy/apply.ts
import { createHash as createHash3, randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  lstatSync as lstatSync2,
  openSync,
  readFileSync as readFileSync11,
  realpathSync as realpathSync2,
  renameSync as renameSync2,
  statSync as statSync2,
  unlinkSync as unlinkSync2,
  writeSync,
  fchmodSync
} from "node:fs";
import { basename as basename3, dirname as dirname7, join as join11 } from "node:path";
function hashOf2(bytes) {
  return createHash3("sha256").update(bytes).digest("hex");
}
function snapshot(abs) {
  try {
    const bytes = readFileSync11(abs);
    return { hash: hashOf2(bytes), bytes };
  } catch (e) {
    if (e.code === "ENOENT") return { hash: "" };
    throw e;
  }
}
function writeAtomic(abs, data2, expectHash, newMode = 420, shown = abs) {
  let target = abs;
  try {
    if (lstatSync2(abs).isSymbolicLink()) target = realpathSync2(abs);
  } catch {
  }
  let mode = newMode;
  try {
    mode = statSync2(target).mode & 4095;
  } catch {
  }
  const tmp = join11(
    dirname7(target),
    `.${basename3(target)}.leakproof-${process.pid}-${randomBytes(4).toString("hex")}.tmp`
  );
  const fd = openSync(tmp, "wx", 384);
  try {
    try {
      let off = 0;
      while (off < data2.length) off += writeSync(fd, data2, off, data2.length - off);
      fchmodSync(fd, mode);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (snapshot(target).hash !== expectHash) throw new ChangedError(`${shown} changed since it was read`);
    renameSync2(tmp, target);
  } catch (e) {
    try {
      unlinkSync2(tmp);
    } catch {
    }
    throw e;
  }
}
var ChangedError;
var init_apply = __esm({
  "src/remedy/apply.ts"() {
    "use strict";
    ChangedError = class extends Error {
    };
  }
});

// src/remedy/errors.ts
function conflictsError(conflicts) {
  return new FixError(
    conflicts,
    "nothing was written. Resolve the above (e.g. use the .env value, or give the variable another name by hand), then run leakproof fix again."
  );
}
function notAsShownError() {
  return new FixError(["the fix is no longer the one shown; nothing was written. Run leakproof fix again."]);
}
function auxChangedError(message) {
  return new FixError([`${message} while fixing; no source file was touched`]);
}
function notTextError(path) {
  return new FixError([`cannot read ${path} as text`]);
}
function changedSinceScan(path) {
  return `${path} changed since it was scanned: left alone; run leakproof fix again`;
}
var FixError;
var init_errors3 = __esm({
  "src/remedy/errors.ts"() {
    "use strict";
    init_errors();
    FixError = class extends LeakproofError {
      constructor(problems, advice2) {
        super(problems.join("; "));
        this.problems = problems;
        this.advice = advice2;
      }
      problems;
      advice;
    };
  }
});

// src/remedy/auxfiles.ts
import { join as join12 } from "node:path";
var AuxFiles;
var init_auxfiles = __esm({
  "src/remedy/auxfiles.ts"() {
    "use strict";
    init_apply();
    init_encoding();
    init_errors3();
    AuxFiles = class {
      constructor(root) {
        this.root = root;
      }
      root;
      seen = /* @__PURE__ */ new Map();
      /** The file's text; undefined when it does not exist. */
      text(path) {
        return this.read(path).text;
      }
      /** Writes over the file as read (ChangedError if it changed since); a new file gets `newMode`. */
      write(path, text2, newMode) {
        const r = this.read(path);
        writeAtomic(join12(this.root, path), encode(text2, r.encoding), r.hash, newMode, path);
      }
      read(path) {
        let r = this.seen.get(path);
        if (!r) {
          const snap = snapshot(join12(this.root, path));
          const d = snap.bytes ? decodeExact(snap.bytes) : void 0;
          if (snap.bytes && !d) throw notTextError(path);
          r = { hash: snap.hash, text: d?.text, encoding: d?.encoding ?? "utf8" };
          this.seen.set(path, r);
        }
        return r;
      }
    };
  }
});

// src/remedy/unified.ts
function unifiedDiff(path, before, after, opts = {}) {
  const a = split(before ?? "");
  const b = split(after);
  const ops = diffLines(a, b);
  if (!ops.some(([t]) => t !== " ")) return "";
  const context = opts.context ?? 3;
  const mask = opts.mask ?? ((l) => l);
  const out2 = [`--- ${before === void 0 ? "/dev/null" : `a/${path}`}`, `+++ b/${path}`];
  let i = 0;
  while (i < ops.length) {
    if (ops[i][0] === " ") {
      i++;
      continue;
    }
    let start = Math.max(0, i - context);
    let end = i;
    for (; ; ) {
      while (end < ops.length && ops[end][0] !== " ") end++;
      let next = end;
      while (next < ops.length && ops[next][0] === " ") next++;
      if (next < ops.length && next - end <= 2 * context) end = next;
      else {
        end = Math.min(ops.length, end + context);
        break;
      }
    }
    let oldStart = 1;
    let newStart = 1;
    for (let k = 0; k < start; k++) {
      if (ops[k][0] !== "+") oldStart++;
      if (ops[k][0] !== "-") newStart++;
    }
    const hunk = ops.slice(start, end);
    const oldCount = hunk.filter(([t]) => t !== "+").length;
    const newCount = hunk.filter(([t]) => t !== "-").length;
    out2.push(
      `@@ -${range(oldCount === 0 ? oldStart - 1 : oldStart, oldCount)} +${range(newCount === 0 ? newStart - 1 : newStart, newCount)} @@`
    );
    for (const [t, line] of hunk) out2.push(t + mask(line.replace(/\r?\n$/, "")));
    i = end;
    start = end;
  }
  return out2.join("\n") + "\n";
}
function range(start, count3) {
  return count3 === 1 ? `${start}` : `${start},${count3}`;
}
function split(text2) {
  if (text2 === "") return [];
  const lines2 = text2.split(/(?<=\n)/);
  return lines2;
}
function diffLines(a, b) {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const A = a.slice(pre, a.length - suf);
  const B2 = b.slice(pre, b.length - suf);
  const ops = a.slice(0, pre).map((l) => [" ", l]);
  ops.push(...myers(A, B2));
  for (const l of a.slice(a.length - suf)) ops.push([" ", l]);
  return ops;
}
function myers(a, b) {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x2 = k === -d || k !== d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y2 = x2 - k;
      while (x2 < n && y2 < m && a[x2] === b[y2]) {
        x2++;
        y2++;
      }
      v[offset + k] = x2;
      if (x2 >= n && y2 >= m) {
        found = true;
        break;
      }
    }
  }
  trace.push(v.slice());
  const ops = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 2; d > 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || k !== d && vd[offset + k - 1] < vd[offset + k + 1] ? k + 1 : k - 1;
    const prevX = vd[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push([" ", a[--x]]), y--;
    if (x === prevX) ops.push(["+", b[--y]]);
    else ops.push(["-", a[--x]]);
  }
  while (x > 0 && y > 0) ops.push([" ", a[--x]]), y--;
  while (y > 0) ops.push(["+", b[--y]]);
  while (x > 0) ops.push(["-", a[--x]]);
  return ops.reverse();
}
var init_unified = __esm({
  "src/remedy/unified.ts"() {
    "use strict";
  }
});

// src/remedy/dotenv.ts
function parseDotenv(text2) {
  const vars = /* @__PURE__ */ new Map();
  if (!text2) return vars;
  for (const raw of text2.split("\n")) {
    const m = ENTRY.exec(raw.replace(/\r$/, ""));
    if (!m) continue;
    vars.set(m[1], value(m[2]));
  }
  return vars;
}
function value(v) {
  const q = v[0];
  if (q === "'" || q === "`") {
    const end = v.indexOf(q, 1);
    return end === -1 ? v.slice(1) : v.slice(1, end);
  }
  if (q === '"') {
    let out2 = "";
    for (let i = 1; i < v.length; i++) {
      const c = v[i];
      if (c === "\\" && i + 1 < v.length) {
        const n = v[++i];
        out2 += n === "n" ? "\n" : n === "r" ? "\r" : n === "t" ? "	" : n;
      } else if (c === '"') break;
      else out2 += c;
    }
    return out2;
  }
  return v.replace(/[ \t]+#.*$/, "").trim();
}
function dotenvLine(name, val) {
  if (PLAIN.test(val)) return `${name}=${val}`;
  if (!/['\\\n\r]/.test(val) && !/^\s|\s$/.test(val)) return `${name}='${val}'`;
  return void 0;
}
function gitignoreCovers(gitignore, path) {
  if (!gitignore) return false;
  return (0, import_ignore2.default)().add(gitignore).ignores(path);
}
var import_ignore2, ENTRY, PLAIN;
var init_dotenv = __esm({
  "src/remedy/dotenv.ts"() {
    "use strict";
    import_ignore2 = __toESM(require_ignore(), 1);
    ENTRY = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(.*)$/;
    PLAIN = /^[A-Za-z0-9_./:+=@,%-]+$/;
  }
});

// src/remedy/insert.ts
function placeSetup(lines2, setup2, limit) {
  const place = (at, add2) => /* @__PURE__ */ new Map([[Math.min(at, limit), add2]]);
  if (setup2.lang === "js") return place(jsTop(lines2), setup2.imports);
  if (setup2.lang === "go") return goImport(lines2, limit);
  const h = pythonHeader(lines2);
  const after = setup2.after;
  if (setup2.placement === "first-import") {
    const at = h.firstImport ?? h.body;
    return place(at, [...setup2.imports, ...after.length > 0 ? ["", ...after] : []]);
  }
  if (h.lastImportEnd !== void 0) {
    return place(h.lastImportEnd, [...setup2.imports, ...after.length > 0 ? ["", ...after] : []]);
  }
  const add = [...setup2.imports, ...setup2.imports.length > 0 && after.length > 0 ? [""] : [], ...after];
  return place(h.body, add);
}
function pythonHeader(lines2) {
  let i = 0;
  const skipBlankAndComments = () => {
    while (i < lines2.length && /^\s*(?:#.*)?$/.test(lines2[i])) i++;
  };
  skipBlankAndComments();
  const doc = /^[rRuU]?("""|''')/.exec(lines2[i] ?? "");
  if (doc) {
    const q = doc[1];
    const rest = lines2[i].slice(doc[0].length);
    if (!rest.includes(q)) {
      i++;
      while (i < lines2.length && !lines2[i].includes(q)) i++;
    }
    i++;
  }
  let body = Math.min(i, lines2.length);
  let firstImport;
  let lastImportEnd;
  for (; ; ) {
    skipBlankAndComments();
    const line = lines2[i];
    if (line === void 0 || !/^(?:import[ \t]|from[ \t]+[\w.]+[ \t]+import\b)/.test(line)) break;
    const future = /^from[ \t]+__future__[ \t]/.test(line);
    const start = i;
    let depth = 0;
    for (; ; ) {
      const l = lines2[i] ?? "";
      const code = l.replace(/#.*$/, "");
      for (const c of code) depth += c === "(" ? 1 : c === ")" ? -1 : 0;
      i++;
      if (i >= lines2.length || depth <= 0 && !code.trimEnd().endsWith("\\")) break;
    }
    if (future) body = i;
    else {
      firstImport ??= start;
      lastImportEnd = i;
    }
  }
  return firstImport === void 0 ? { body } : { body, firstImport, lastImportEnd };
}
function jsTop(lines2) {
  let i = 0;
  if (lines2[0]?.startsWith("#!")) i = 1;
  for (; ; ) {
    const l = lines2[i];
    if (l === void 0) return i;
    if (/^\s*(?:\/\/.*)?$/.test(l) || /^\s*["']use strict["'];?\s*$/.test(l)) i++;
    else if (/^\s*\/\*/.test(l)) {
      while (i < lines2.length && !lines2[i].includes("*/")) i++;
      i++;
    } else return i;
  }
}
function goImport(lines2, limit) {
  const block = lines2.findIndex((l) => /^import[ \t]*\($/.test(l.trimEnd()));
  if (block !== -1) {
    const indent = /^(\s*)"/.exec(lines2[block + 1] ?? "")?.[1] ?? "	";
    let i = block + 1;
    while (i < lines2.length && lines2[i].trim() !== ")" && lines2[i].trim() !== "") {
      const path = /"([^"]+)"/.exec(lines2[i])?.[1];
      if (path !== void 0 && path > "os") break;
      i++;
    }
    return /* @__PURE__ */ new Map([[i, [`${indent}"os"`]]]);
  }
  let last = -1;
  lines2.forEach((l, i) => {
    if (/^import[ \t]+(?:[\w.]+[ \t]+)?"/.test(l)) last = i;
  });
  if (last !== -1) return /* @__PURE__ */ new Map([[last + 1, ['import "os"']]]);
  const pkg = lines2.findIndex((l) => /^package[ \t]/.test(l));
  return /* @__PURE__ */ new Map([[Math.min(pkg + 1, limit), ["", 'import "os"']]]);
}
var init_insert = __esm({
  "src/remedy/insert.ts"() {
    "use strict";
  }
});

// src/remedy/lines.ts
function splitLines(text2) {
  const lines2 = text2.split("\n");
  const eols = lines2.map((_, i) => i < lines2.length - 1 ? "\n" : "");
  for (let i = 0; i < lines2.length - 1; i++) {
    if (lines2[i].endsWith("\r")) {
      lines2[i] = lines2[i].slice(0, -1);
      eols[i] = "\r\n";
    }
  }
  return { lines: lines2, eols };
}
function dominantEol(eols) {
  let crlf = 0;
  let lf = 0;
  for (const e of eols) {
    if (e === "\r\n") crlf++;
    else if (e === "\n") lf++;
  }
  return crlf > lf ? "\r\n" : "\n";
}
function applyEdits(text2, edits) {
  const { lines: lines2, eols } = splitLines(text2);
  const eol = dominantEol(eols);
  let out2 = "";
  for (let i = 0; i < lines2.length; i++) {
    for (const ins of edits.insert.get(i) ?? []) out2 += ins + eol;
    out2 += (edits.replace.get(i) ?? lines2[i]) + eols[i];
  }
  return out2;
}
function appendLines(text2, add) {
  if (add.length === 0) return text2 ?? "";
  const base = text2 ?? "";
  const eol = dominantEol(splitLines(base).eols);
  const head = base === "" || base.endsWith("\n") ? base : base + eol;
  return head + add.map((l) => l + eol).join("");
}
var init_lines = __esm({
  "src/remedy/lines.ts"() {
    "use strict";
  }
});

// src/remedy/plan.ts
import { posix } from "node:path";
function envFileFor(path) {
  if (kindOf(path) !== "compose") return ".env";
  const dir = posix.dirname(path);
  return dir === "." ? ".env" : `${dir}/.env`;
}
function planFix(input) {
  const envFiles = /* @__PURE__ */ new Map();
  for (const f of input.files) {
    const e = envFileFor(f.path);
    if (!envFiles.has(e)) envFiles.set(e, parseDotenv(input.existing(e)));
  }
  const book = new NameBook(input.reads, envFiles);
  const conflicts = [];
  const entries = [];
  const used = [];
  const files = input.files.map((file) => planFile(file, input, book, conflicts, entries, used));
  const aux = [];
  const gitignore = input.existing(".gitignore");
  const envPaths = [...new Set(used.map((u) => u.envFile))];
  if (envPaths.some((p) => !gitignoreCovers(gitignore, p))) {
    aux.push({ path: ".gitignore", before: gitignore, after: appendLines(gitignore, [".env"]), role: "gitignore" });
  }
  for (const envFile of envPaths) {
    const add = entries.filter((e) => e.envFile === envFile);
    if (add.length === 0) continue;
    if (input.tracked(envFile)) {
      conflicts.push(
        `${envFile} is tracked by git, so it cannot hold secrets: untrack it (git rm --cached ${envFile}), then run leakproof fix again`
      );
    }
    const before = input.existing(envFile);
    aux.push({
      path: envFile,
      before,
      after: appendLines(
        before,
        add.map((e) => dotenvLine(e.name, e.value))
      ),
      role: "env"
    });
  }
  for (const envFile of envPaths) {
    const example = envFile.replace(/\.env$/, ".env.example");
    const before = input.existing(example);
    const have = parseDotenv(before);
    const names = [
      ...new Set(used.filter((u) => u.envFile === envFile && u.kind !== "github-actions").map((u) => u.name))
    ].filter((n) => !have.has(n));
    if (names.length > 0)
      aux.push({
        path: example,
        before,
        after: appendLines(
          before,
          names.map((n) => `${n}=`)
        ),
        role: "example"
      });
  }
  return { files, aux, entries, conflicts };
}
function planFile(file, input, book, conflicts, entries, used) {
  const { path, text: text2 } = file;
  const fc = fileContext(path, text2, input.project);
  const { kind: kind2 } = fc;
  const envFile = envFileFor(path);
  const { lines: lines2 } = splitLines(text2);
  const replace = /* @__PURE__ */ new Map();
  const fixed = [];
  const unfixed = [];
  const findings = [...file.findings].sort((a, b) => a.line - b.line || a.column - b.column);
  for (const f of findings) {
    const not = (reason) => unfixed.push({ finding: f, reason });
    if (kind2 === "dotenv") {
      not(
        input.tracked(path) ? `${path} is where values belong, but git tracks it: untrack it (git rm --cached ${path}) and add it to .gitignore` : `${path} is where values belong; keep it out of git`
      );
      continue;
    }
    if (!FIXABLE.has(kind2)) {
      not(
        kind2 === "dockerfile" ? "pass the value at run time (docker run -e, compose environment:) or as a build secret instead of baking it into the image" : "no environment read fits this kind of file: load the value from the environment where the file is read"
      );
      continue;
    }
    const idx = f.line - 1;
    const original = lines2[idx];
    if (original === void 0 || !original.includes(f.secret)) {
      not(
        f.secret.includes("\n") ? "the secret spans several lines: move it by hand" : "the line is not as it was scanned"
      );
      continue;
    }
    const current = replace.get(idx) ?? original;
    const rule = input.rules.get(f.ruleId);
    const base = chooseEnvVar(f, rule);
    let rw = rewriteLine(current, f.secret, kind2, base, fc.expr);
    if (!("line" in rw)) {
      not(rw.reason);
      continue;
    }
    if (dotenvLine(rw.name, f.secret) === void 0) {
      not(
        "the value holds characters (a quote, a backslash, a line break) that no .env form keeps the same for every reader: move it by hand"
      );
      continue;
    }
    if (fc.pythonLib === "django-environ" && f.secret.startsWith("$")) {
      not("the value starts with $, which django-environ reads as a reference to another variable: move it by hand");
      continue;
    }
    const at = current.indexOf(f.secret);
    const target = assignedName(current, at) ?? (f.name ? upperSnake(f.name) : void 0);
    const choice = book.choose(envFile, rw.name, f.secret, rw.forced, target);
    if ("conflict" in choice) {
      conflicts.push(`${path}:${f.line}: ${choice.conflict}`);
      not(choice.conflict);
      continue;
    }
    if (choice.name !== rw.name) {
      const renamed = rewriteLine(current, f.secret, kind2, choice.name, fc.expr);
      if (!("line" in renamed)) {
        not(renamed.reason);
        continue;
      }
      rw = renamed;
    }
    replace.set(idx, rw.line);
    fixed.push({ finding: f, envVar: choice.name, envFile });
    used.push({ envFile, name: choice.name, kind: kind2 });
    if (!choice.present) entries.push({ envFile, name: choice.name, value: f.secret });
  }
  let insert = /* @__PURE__ */ new Map();
  if (fixed.length > 0) {
    const setup2 = setupFor(kind2, text2, input.project, fc.pythonLib);
    if (setup2) insert = placeSetup(lines2, setup2, Math.min(...fixed.map((x) => x.finding.line - 1)));
  }
  const edits = { replace, insert };
  return { path, before: text2, after: fixed.length > 0 ? applyEdits(text2, edits) : text2, edits, fixed, unfixed };
}
var FIXABLE;
var init_plan = __esm({
  "src/remedy/plan.ts"() {
    "use strict";
    init_filekind();
    init_remedy();
    init_rewrite();
    init_setup();
    init_dotenv();
    init_insert();
    init_lines();
    init_names();
    FIXABLE = /* @__PURE__ */ new Set([
      "python",
      "js",
      "ruby",
      "php",
      "go",
      "java",
      "csharp",
      "compose",
      "yaml",
      "github-actions",
      "shell"
    ]);
  }
});

// src/sources/dir.ts
import { closeSync as closeSync2, fstatSync, lstatSync as lstatSync3, openSync as openSync2, readdirSync as readdirSync3, readFileSync as readFileSync12, readSync, statSync as statSync3 } from "node:fs";
import { join as join13, relative as relative4, resolve as resolve6, sep as sep3 } from "node:path";
function* dirFiles(opts, onSkip) {
  const rootIgnore = opts.noIgnore ? void 0 : pathIgnore(opts.root, opts.ignorePatterns);
  for (const given of opts.paths.length > 0 ? opts.paths : ["."]) {
    const abs = resolve6(opts.cwd, given);
    let st;
    try {
      st = lstatSync3(abs);
    } catch {
      throw new PathError(`no such file or directory: ${given}`);
    }
    if (st.isSymbolicLink()) {
      onSkip({ path: display(opts.cwd, abs), reason: "symlink" });
    } else if (st.isDirectory()) {
      yield* walk(abs, opts, rootIgnore, gitignoresAbove(abs, opts), onSkip);
    } else if (st.isFile()) {
      const rel = toPosix(relative4(opts.root, abs));
      if (rootIgnore && !rel.startsWith("..") && rel !== "" && rootIgnore.ig.ignores(rel)) continue;
      yield { abs, path: display(opts.cwd, abs), size: st.size };
    }
  }
}
function* walk(dir, opts, rootIgnore, scopes, onSkip) {
  let entries;
  try {
    entries = readdirSync3(dir, { withFileTypes: true });
  } catch (e) {
    onSkip({
      path: display(opts.cwd, dir),
      reason: "unreadable",
      detail: e.code ?? String(e)
    });
    return;
  }
  if (!opts.noIgnore && entries.some((e) => e.name === ".gitignore")) {
    const own = readIgnoreFile(join13(dir, ".gitignore"));
    if (own) scopes = [...scopes, { dir, ig: own }];
  }
  entries.sort((a, b) => byCodeUnits(a.name, b.name));
  const prefix = dir.endsWith(sep3) ? dir : dir + sep3;
  for (const e of entries) {
    if (e.name === ".git") continue;
    const abs = prefix + e.name;
    const isDir2 = e.isDirectory();
    if (!opts.noIgnore && isIgnored(abs, isDir2, opts.root, rootIgnore, scopes)) continue;
    if (e.isSymbolicLink()) onSkip({ path: display(opts.cwd, abs), reason: "symlink" });
    else if (isDir2) yield* walk(abs, opts, rootIgnore, scopes, onSkip);
    else if (e.isFile()) yield { abs, path: display(opts.cwd, abs) };
  }
}
function readDirFile(file, maxFileSize, onSkip, onBytes) {
  const { abs, path } = file;
  const unreadable = (e) => onSkip({ path, reason: "unreadable", detail: e.code ?? String(e) });
  const tooLarge = (size) => onSkip({ path, reason: "too-large", detail: mib(size) });
  if (file.size !== void 0 && file.size > maxFileSize) {
    tooLarge(file.size);
    return void 0;
  }
  let fd;
  try {
    fd = openSync2(abs, "r");
  } catch (e) {
    let size;
    try {
      size = file.size ?? statSync3(abs).size;
    } catch (err) {
      unreadable(err);
      return void 0;
    }
    if (size > maxFileSize) tooLarge(size);
    else unreadable(e);
    return void 0;
  }
  let buf;
  try {
    const size = fstatSync(fd).size;
    if (size > maxFileSize) {
      tooLarge(size);
      return void 0;
    }
    if (size === 0)
      buf = readFileSync12(fd);
    else {
      if (scratch.length < size) scratch = Buffer.allocUnsafe(2 ** Math.ceil(Math.log2(size)));
      let n = 0;
      for (let r; n < size && (r = readSync(fd, scratch, n, size - n, n)) > 0; ) n += r;
      buf = scratch.subarray(0, n);
    }
  } catch (e) {
    unreadable(e);
    return void 0;
  } finally {
    closeSync2(fd);
  }
  onBytes?.(buf);
  const text2 = decodeText(buf);
  if (text2 === void 0) {
    onSkip({ path, reason: "binary" });
    return void 0;
  }
  return { path, text: text2, startLine: 1 };
}
function isIgnored(abs, isDir2, root, rootIgnore, scopes) {
  const suffix = isDir2 ? "/" : "";
  for (const s of scopes) {
    const rel = toPosix(relativeTo(s.dir, abs));
    if (rel && !rel.startsWith("..") && s.ig.ignores(rel + suffix)) return true;
  }
  if (rootIgnore && !rootIgnore.empty) {
    const rel = toPosix(relativeTo(root, abs));
    if (rel && !rel.startsWith("..") && rootIgnore.ig.ignores(rel + suffix)) return true;
  }
  return false;
}
function relativeTo(from, to) {
  if (to.length > from.length && to.startsWith(from) && to[from.length] === sep3 && !from.endsWith(sep3))
    return to.slice(from.length + 1);
  return relative4(from, to);
}
function gitignoresAbove(start, opts) {
  const rel = relative4(opts.root, start);
  if (opts.noIgnore || rel === "" || rel.startsWith("..")) return [];
  const scopes = [];
  let dir = opts.root;
  for (const part of rel.split(sep3)) {
    const ig = readIgnoreFile(join13(dir, ".gitignore"));
    if (ig) scopes.push({ dir, ig });
    dir = join13(dir, part);
  }
  return scopes;
}
function display(cwd, abs) {
  const rel = relativeTo(cwd, abs);
  return toPosix(rel === "" ? "." : rel);
}
var PathError, scratch;
var init_dir = __esm({
  "src/sources/dir.ts"() {
    "use strict";
    init_errors();
    init_ignorefile();
    init_encoding();
    init_lists();
    init_posix();
    init_units();
    PathError = class extends LeakproofError {
    };
    scratch = Buffer.allocUnsafe(1 << 16);
  }
});

// src/remedy/reads.ts
import { readFileSync as readFileSync13, statSync as statSync4 } from "node:fs";
import { join as join14 } from "node:path";
function projectReads(root, inGit, scanned) {
  const reads = [];
  let paths;
  if (inGit) paths = listFiles(root);
  else {
    paths = [];
    for (const f of dirFiles(
      { paths: [], cwd: root, root, noIgnore: false, maxFileSize: READS_MAX_BYTES, ignorePatterns: [] },
      () => {
      }
    )) {
      paths.push(posixRelative(root, f.abs));
      if (paths.length >= READS_MAX_FILES) break;
    }
  }
  for (const path of [...new Set(paths)].slice(0, READS_MAX_FILES)) {
    const kind2 = kindOf(path);
    if (kind2 === "other" || kind2 === "dotenv") continue;
    let text2 = scanned.get(path)?.text;
    if (text2 === void 0) {
      try {
        const abs = join14(root, path);
        if (statSync4(abs).size > READS_MAX_BYTES) continue;
        text2 = decodeText(readFileSync13(abs));
      } catch {
        continue;
      }
    }
    if (text2 !== void 0) reads.push(...envReads(path, text2));
  }
  return reads;
}
var READS_MAX_FILES, READS_MAX_BYTES;
var init_reads = __esm({
  "src/remedy/reads.ts"() {
    "use strict";
    init_files();
    init_filekind();
    init_encoding();
    init_dir();
    init_names();
    init_posix();
    init_units();
    READS_MAX_FILES = 2e4;
    READS_MAX_BYTES = MIB;
  }
});

// src/remedy/summary.ts
function fixSummary(input) {
  const { plan, fixedPaths, project } = input;
  const rotateCommand = (f) => input.rules.get(f.ruleId)?.rotateCommand;
  const lines2 = [];
  const done = plan.files.filter((f) => fixedPaths.includes(f.path));
  const fixed = done.flatMap((f) => f.fixed);
  if (fixed.length === 0) return lines2;
  const names = [...new Set(fixed.map((x) => `${x.envVar} (${x.envFile})`))];
  lines2.push(
    `fixed ${count2(fixed.length, "secret")} in ${done.map((f) => f.path).join(", ")}; the value${fixed.length === 1 ? " is" : "s are"} in ${names.join(", ")}, which git ignores`
  );
  const kinds = new Set(done.map((f) => kindOf(f.path)));
  if (kinds.has("python") && !project.python)
    lines2.push(
      "os.environ does not read .env by itself: export its variables (set -a; . ./.env; set +a) or load it with python-dotenv"
    );
  if (kinds.has("js") && project.node !== "dotenv")
    lines2.push("process.env does not read .env by itself: node --env-file=.env (Node 20.6+), or use dotenv");
  if (kinds.has("ruby") && project.ruby !== "dotenv")
    lines2.push(
      "ENV does not read .env by itself: add the dotenv gem (dotenv-rails for Rails), or export its variables"
    );
  if (kinds.has("github-actions")) {
    const secretsNeeded = [
      ...new Set(done.filter((f) => kindOf(f.path) === "github-actions").flatMap((f) => f.fixed.map((x) => x.envVar)))
    ];
    lines2.push(
      `add the repository secret${secretsNeeded.length === 1 ? "" : "s"} ${secretsNeeded.join(", ")} (gh secret set NAME, or Settings \u2192 Secrets and variables \u2192 Actions); the value${secretsNeeded.length === 1 ? " is" : "s are"} in .env`
    );
  }
  if (input.committed) {
    for (const f of done) {
      const old = input.committed(f.path);
      if (old === void 0) continue;
      for (const x of f.fixed) {
        if (old.includes(x.finding.secret))
          lines2.push(
            `${f.path}:${x.finding.line}: this value was already committed, so it has leaked: rotate it${rotateCommand(x.finding) ? ` (${rotateCommand(x.finding)})` : ""}`
          );
      }
    }
  }
  if (input.adviseStaging) lines2.push(`stage the fix: git add ${fixedPaths.join(" ")} (or run leakproof fix --staged)`);
  return lines2;
}
function count2(n, what) {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}
var init_summary = __esm({
  "src/remedy/summary.ts"() {
    "use strict";
    init_filekind();
  }
});

// src/remedy/write.ts
import { join as join15 } from "node:path";
function writeFix(root, plan, aux, scanned) {
  const written = { aux: [], files: [], changed: [] };
  try {
    for (const a of plan.aux) {
      aux.write(a.path, a.after, a.role === "env" ? 384 : 420);
      written.aux.push(a.path);
    }
  } catch (e) {
    if (e instanceof ChangedError) throw auxChangedError(e.message);
    throw e;
  }
  for (const f of plan.files.filter((x) => x.fixed.length > 0)) {
    const src = scanned.get(f.path);
    try {
      writeAtomic(join15(root, f.path), encode(f.after, src.encoding), hashOf2(src.bytes));
      written.files.push(f.path);
    } catch (e) {
      if (!(e instanceof ChangedError)) throw e;
      written.changed.push(f.path);
    }
  }
  return written;
}
function stageableAux(root, plan, tracked) {
  return plan.aux.filter((a) => a.role !== "env" && !(tracked(a.path) && hasUnstagedChanges(root, a.path))).map((a) => a.path);
}
function stageFix(root, plan, written, stageable) {
  const auxWritten = stageable.filter((p) => written.aux.includes(p));
  const ignored = ignoredAmong(root, auxWritten);
  const paths = [...written.files, ...auxWritten.filter((p) => !ignored.has(p))];
  stage(root, paths);
  const notes = [];
  for (const a of plan.aux) {
    if (a.role === "env" || paths.includes(a.path)) continue;
    notes.push(
      ignored.has(a.path) ? `${a.path} is ignored by git: not staged` : `${a.path} has other unstaged changes: not staged; stage it yourself`
    );
  }
  return notes;
}
var init_write = __esm({
  "src/remedy/write.ts"() {
    "use strict";
    init_files();
    init_apply();
    init_encoding();
    init_errors3();
  }
});

// src/cli/collect/dir.ts
function walkFiles(cwd, root, s, opts, onSkip) {
  return dirFiles(
    {
      paths: opts.positionals,
      cwd,
      root,
      noIgnore: opts.values["no-ignore"] ?? false,
      maxFileSize: s.maxFileSize,
      ignorePatterns: s.config.ignore
    },
    onSkip
  );
}
function scanFile(file, detector, maxFileSize, keepBytes = false) {
  let skip;
  let bytes;
  const fragment = readDirFile(file, maxFileSize, (s) => skip = s, keepBytes ? (b) => bytes = b : void 0);
  const findings = fragment ? detector.detect(fragment) : [];
  const result = skip ? { findings, skip } : { findings };
  if (bytes && findings.length > 0) result.bytes = Buffer.from(bytes);
  return result;
}
var init_dir2 = __esm({
  "src/cli/collect/dir.ts"() {
    "use strict";
    init_dir();
  }
});

// src/cli/collect/targets.ts
import { join as join16 } from "node:path";
async function stagedTargets(cwd, opts) {
  let root;
  try {
    root = quickWorkTreeTop(cwd);
  } catch (e) {
    if (e instanceof GitError)
      throw new UsageError(`${e.message} (outside a repository, name the files: leakproof fix PATH...)`);
    throw e;
  }
  const s = setup(root, opts);
  const { findings, skips, blobs } = await collectStaged(cwd, root, s, opts);
  noteSkips(skips, s.maxFileSize, opts);
  const targets = [];
  const left = [];
  for (const [path, found] of byFile(accepted(findings, opts))) {
    const staged = stagedBytes(root, path, blobs.get(path), s.maxFileSize);
    if (snapshot(join16(root, path)).hash !== hashOf2(staged)) {
      for (const f of found)
        left.push({
          finding: f,
          reason: "the file has unstaged changes: stage them (or stash them), then run leakproof fix again"
        });
      continue;
    }
    targets.push({ path, bytes: staged, findings: found });
  }
  return { root, s, inGit: true, targets, left };
}
function dirTargets(cwd, opts) {
  const gitRoot = nearestRepoDir(cwd);
  const root = gitRoot ?? cwd;
  const s = setup(root, opts);
  const detector = createDetector(s.rules, s.prebuilt);
  const skips = [];
  const scanned = /* @__PURE__ */ new Map();
  const found = [];
  for (const file of walkFiles(cwd, root, s, opts, (skip) => skips.push(skip))) {
    const path = posixRelative(root, file.abs);
    if (path.startsWith("../")) throw new UsageError(`${file.path} is outside ${root}`);
    const r = scanFile({ ...file, path }, detector, s.maxFileSize, true);
    if (r.skip) skips.push({ ...r.skip, path: file.path });
    if (r.findings.length === 0) continue;
    scanned.set(path, r.bytes);
    found.push(...r.findings);
  }
  noteSkips(skips, s.maxFileSize, opts);
  const targets = [...byFile(accepted(found, opts))].map(([path, findings]) => ({
    path,
    bytes: scanned.get(path),
    findings
  }));
  return { root, s, inGit: gitRoot !== void 0, targets, left: [] };
}
function accepted(found, opts) {
  return opts.values.baseline ? applyBaseline(found, readBaseline(opts.values.baseline)).kept : found;
}
function byFile(findings) {
  return groupBy(findings, (f) => f.file);
}
var init_targets = __esm({
  "src/cli/collect/targets.ts"() {
    "use strict";
    init_baseline();
    init_detect();
    init_exec();
    init_files();
    init_repo();
    init_apply();
    init_errors2();
    init_scan();
    init_skips();
    init_dir2();
    init_staged2();
    init_lists();
    init_posix();
  }
});

// src/cli/prompt.ts
import { closeSync as closeSync3, createReadStream, openSync as openSync3 } from "node:fs";
import { createInterface } from "node:readline";
async function ask(question) {
  let input;
  let close = () => {
  };
  if (process.stdin.isTTY) input = process.stdin;
  else if (process.stderr.isTTY) {
    try {
      closeSync3(openSync3("/dev/tty", "r"));
      const tty = createReadStream("/dev/tty");
      input = tty;
      close = () => tty.destroy();
    } catch {
      input = void 0;
    }
  }
  if (!input) return void 0;
  const rl = createInterface({ input, output: process.stderr, terminal: false });
  process.stderr.write(question);
  try {
    return await new Promise((done) => {
      rl.once("line", done);
      rl.once("close", () => done(""));
    });
  } finally {
    rl.close();
    close();
  }
}
var init_prompt = __esm({
  "src/cli/prompt.ts"() {
    "use strict";
  }
});

// src/cli/commands/fix.ts
var fix_exports = {};
__export(fix_exports, {
  run: () => run6
});
import { join as join17 } from "node:path";
async function run6(opts) {
  try {
    return await fix(opts);
  } catch (e) {
    if (!(e instanceof FixError)) throw e;
    for (const p of e.problems) say(`error: ${p}`);
    if (e.advice) say(e.advice);
    return EXIT.error;
  }
}
async function fix(opts) {
  const cwd = process.cwd();
  const stagedScope = opts.values.staged === true || opts.positionals.length === 0;
  const { root, s, inGit, targets, left } = stagedScope ? await stagedTargets(cwd, opts) : dirTargets(cwd, opts);
  if (targets.length === 0 && left.length === 0) {
    out("leakproof: no secrets found, nothing to fix\n");
    return EXIT.clean;
  }
  const scanned = /* @__PURE__ */ new Map();
  const files = [];
  for (const t of targets) {
    const d = decodeExact(t.bytes);
    if (!d) {
      for (const f of t.findings)
        left.push({
          finding: f,
          reason: "leakproof fix cannot write this file back in its own encoding: move the value by hand"
        });
      continue;
    }
    scanned.set(t.path, { bytes: t.bytes, ...d });
    files.push({ path: t.path, text: d.text, findings: t.findings });
  }
  const aux = new AuxFiles(root);
  const trackedCache = /* @__PURE__ */ new Map();
  const tracked = (p) => inGit && (trackedCache.get(p) ?? trackedCache.set(p, isTracked(root, p)).get(p));
  const input = {
    rules: s.ruleById,
    project: detectProject(root),
    reads: projectReads(root, inGit, scanned),
    existing: (p) => aux.text(p),
    tracked
  };
  const plan = planFix({ files, ...input });
  const unfixed = [...left, ...plan.files.flatMap((f) => f.unfixed)];
  for (const { finding: f, reason } of unfixed)
    out(`${f.file}:${f.line}:${f.column}  ${f.ruleId}  not fixable automatically: ${reason}
`);
  if (plan.conflicts.length > 0) throw conflictsError(plan.conflicts);
  const changedFiles = plan.files.filter((f) => f.fixed.length > 0);
  if (changedFiles.length === 0) {
    if (unfixed.length > 0) say(`${count2(unfixed.length, "secret")} left to fix by hand (see above)`);
    return unfixed.length > 0 ? EXIT.findings : EXIT.clean;
  }
  const secrets = [
    .../* @__PURE__ */ new Set([
      ...plan.files.flatMap((f) => [...f.fixed, ...f.unfixed].map((x) => x.finding.secret)),
      ...plan.entries.map((e) => e.value)
    ])
  ].sort((a, b) => b.length - a.length);
  const shown = opts.values["no-redact"] ? {} : { mask: (line) => secrets.reduce((l, x) => l.split(x).join(maskSecret(x)), line) };
  for (const a of plan.aux) out(unifiedDiff(a.path, a.before, a.after, shown));
  for (const f of changedFiles) out(unifiedDiff(f.path, f.before, f.after, shown));
  if (!await confirmed(opts)) return EXIT.findings;
  let final = plan;
  let status = unfixed.length > 0 ? EXIT.findings : EXIT.clean;
  const changedSince = changedFiles.filter((f) => !unchanged(root, f.path, scanned.get(f.path).bytes));
  if (changedSince.length > 0) {
    for (const f of changedSince) say(`error: ${changedSinceScan(f.path)}`);
    status = EXIT.error;
    final = planFix({ files: files.filter((f) => !changedSince.some((c) => c.path === f.path)), ...input });
    const same = final.files.every((f) => f.after === plan.files.find((p) => p.path === f.path)?.after);
    if (!same || final.conflicts.length > 0) throw notAsShownError();
  }
  const staging = opts.values.staged === true && inGit;
  const stageable = staging ? stageableAux(root, final, tracked) : [];
  const written = writeFix(root, final, aux, scanned);
  for (const p of written.changed) say(`error: ${changedSinceScan(p)}`);
  if (written.changed.length > 0) status = EXIT.error;
  if (staging && written.files.length > 0) for (const n of stageFix(root, final, written, stageable)) say(n);
  const summary2 = fixSummary({
    plan: final,
    rules: s.ruleById,
    fixedPaths: written.files,
    project: input.project,
    committed: inGit ? (p) => headBytes(root, p)?.toString("latin1") : void 0,
    adviseStaging: stagedScope && !opts.values.staged && inGit
  });
  for (const line of summary2) say(line);
  if (unfixed.length > 0) say(`${count2(unfixed.length, "secret")} left to fix by hand (listed above)`);
  return status;
}
async function confirmed(opts) {
  if (opts.values["dry-run"]) {
    say("dry run: nothing was written");
    return false;
  }
  if (opts.values.yes) return true;
  const answer = await ask("Apply? [y/N] ");
  if (answer === void 0) say("not a terminal: nothing was written; run with --yes to apply");
  else if (!/^y(es)?$/i.test(answer.trim())) say("nothing was written");
  else return true;
  return false;
}
function unchanged(root, path, bytes) {
  return snapshot(join17(root, path)).hash === hashOf2(bytes);
}
var out, say;
var init_fix = __esm({
  "src/cli/commands/fix.ts"() {
    "use strict";
    init_apply();
    init_auxfiles();
    init_unified();
    init_encoding();
    init_errors3();
    init_plan();
    init_reads();
    init_summary();
    init_write();
    init_files();
    init_project();
    init_mask();
    init_targets();
    init_errors2();
    init_prompt();
    out = (s) => process.stdout.write(s);
    say = (s) => process.stderr.write(`leakproof: ${s}
`);
  }
});

// src/cli/commands/rotate.ts
var rotate_exports = {};
__export(rotate_exports, {
  DJANGO_ALPHABET: () => DJANGO_ALPHABET,
  FALLBACKS_LINE: () => FALLBACKS_LINE,
  KEY_LINE: () => KEY_LINE,
  newDjangoKey: () => newDjangoKey,
  run: () => run7
});
import { randomInt } from "node:crypto";
function newDjangoKey(length = 50) {
  let key = "";
  for (let i = 0; i < length; i++) key += DJANGO_ALPHABET[randomInt(DJANGO_ALPHABET.length)];
  return key;
}
async function run7(opts) {
  const [what] = opts.positionals;
  if (what !== "django") throw new UsageError("usage: leakproof rotate django");
  const key = newDjangoKey();
  process.stdout.write(
    `${key}

` + [
      "To rotate a leaked Django SECRET_KEY without logging everyone out (Django 4.1+):",
      "  1. Set DJANGO_SECRET_KEY to the new key above in each environment (never in git); settings.py reads it:",
      `       ${KEY_LINE}`,
      "  2. Keep the old key for a while in SECRET_KEY_FALLBACKS, read from the environment too: set",
      "     DJANGO_SECRET_KEY_FALLBACKS to the old key (several: comma-separated) and write in settings.py",
      `       ${FALLBACKS_LINE}`,
      "     Sessions, password-reset links and signed cookies made with the old key keep working.",
      "  3. After SESSION_COOKIE_AGE (two weeks by default), remove the old key from SECRET_KEY_FALLBACKS.",
      "Before Django 4.1 there is no fallback: changing the key logs everyone out and invalidates reset links.",
      ""
    ].join("\n")
  );
  return 0;
}
var DJANGO_ALPHABET, KEY_LINE, FALLBACKS_LINE;
var init_rotate = __esm({
  "src/cli/commands/rotate.ts"() {
    "use strict";
    init_errors2();
    DJANGO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)";
    KEY_LINE = 'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]';
    FALLBACKS_LINE = 'SECRET_KEY_FALLBACKS = [k.strip() for k in os.environ.get("DJANGO_SECRET_KEY_FALLBACKS", "").split(",") if k.strip()]';
  }
});

// src/cli/commands/dir.ts
var dir_exports = {};
__export(dir_exports, {
  run: () => run8
});
import { readFileSync as readFileSync14 } from "node:fs";
import { availableParallelism as availableParallelism2 } from "node:os";
import { resolve as resolve7 } from "node:path";
import {
  MessageChannel,
  Worker,
  isMainThread,
  parentPort,
  receiveMessageOnPort,
  workerData
} from "node:worker_threads";
async function run8(opts) {
  const { finish: finish2, setup: setup2 } = await Promise.resolve().then(() => (init_scan(), scan_exports));
  const { noteSkips: noteSkips2 } = await Promise.resolve().then(() => (init_skips(), skips_exports));
  const cwd = process.cwd();
  const root = nearestRepoDir(cwd) ?? cwd;
  const s = setup2(root, opts);
  const maxFileSize = s.maxFileSize;
  const detector = createDetector(s.rules, s.prebuilt);
  const order = [];
  const files = [];
  const results = [];
  const walk2 = walkFiles(cwd, root, s, opts, (skip) => order.push(skip));
  const started = performance.now();
  let helper;
  let alone = availableParallelism2() < 2;
  try {
    for (const file of walk2) {
      order.push(files.push(file) - 1);
      if (helper) helper.offer(files);
      else {
        results.push(scanFile(file, detector, maxFileSize));
        if (!alone && performance.now() - started > SOLO_MS) {
          alone = true;
          helper = Helper.start(s.rules, maxFileSize, files.length);
        }
      }
    }
    if (helper) {
      helper.close(files);
      for (let i; (i = claim(helper.counter, false)) !== -1; ) results[i] = scanFile(files[i], detector, maxFileSize);
      for (const [i, r] of await helper.results(results.length === files.length && !results.includes(void 0)))
        results[i] = r;
      for (let i = 0; i < files.length; i++) results[i] ??= scanFile(files[i], detector, maxFileSize);
    }
  } finally {
    helper?.stop();
  }
  const skips = [];
  const findings = [];
  for (const item of order) {
    if (typeof item !== "number") skips.push(item);
    else {
      const r = results[item];
      if (r.skip) skips.push(r.skip);
      for (const f of r.findings) findings.push(f);
    }
  }
  const notes = noteSkips2(skips, maxFileSize, opts);
  const fileText = (path) => {
    try {
      return readFileSync14(resolve7(cwd, path), "utf8");
    } catch {
      return void 0;
    }
  };
  return finish2(s, opts, { found: findings, notes, fileText, complete: opts.positionals.length === 0 });
}
function claim(counter, wait) {
  for (; ; ) {
    const next = Atomics.load(counter, NEXT);
    const avail = Atomics.load(counter, AVAIL);
    if (next < avail) {
      if (Atomics.compareExchange(counter, NEXT, next, next + 1) === next) return next;
    } else if (Atomics.load(counter, DONE) === 1) {
      if (Atomics.load(counter, AVAIL) <= next) return -1;
    } else if (wait) Atomics.wait(counter, AVAIL, avail, 50);
    else return -1;
  }
}
function serve(init) {
  const detector = createDetector(init.rules, loadPrebuilt());
  const counter = new Int32Array(init.shared);
  const known = [];
  const out2 = [];
  for (let i; (i = claim(counter, true)) !== -1; ) {
    while (init.first + known.length <= i) {
      const m = receiveMessageOnPort(init.port);
      if (m) known.push(...m.message);
      else Atomics.wait(counter, AVAIL, Atomics.load(counter, AVAIL), 1);
    }
    out2.push([i, scanFile(known[i - init.first], detector, init.maxFileSize)]);
  }
  init.port.close();
  parentPort.postMessage(out2);
}
var SOLO_MS, BATCH, NEXT, AVAIL, DONE, Helper;
var init_dir3 = __esm({
  "src/cli/commands/dir.ts"() {
    "use strict";
    init_detect();
    init_prebuilt();
    init_dir2();
    init_repo();
    SOLO_MS = 50;
    BATCH = 32;
    NEXT = 0;
    AVAIL = 1;
    DONE = 2;
    Helper = class _Helper {
      counter;
      worker;
      port;
      posted;
      done;
      /** A worker, or none if one cannot be started (then this thread scans alone, as it would on one core). */
      static start(rules, maxFileSize, first) {
        try {
          return new _Helper(rules, maxFileSize, first);
        } catch {
          return void 0;
        }
      }
      constructor(rules, maxFileSize, first) {
        const shared = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
        this.counter = new Int32Array(shared);
        this.counter[NEXT] = first;
        this.counter[AVAIL] = first;
        this.posted = first;
        const { port1, port2 } = new MessageChannel();
        this.port = port1;
        const init = { kind: "leakproof-dir", rules, maxFileSize, shared, port: port2, first };
        this.worker = new Worker(new URL(import.meta.url), { workerData: init, transferList: [port2] });
        this.done = new Promise((settle) => {
          this.worker.once("message", (m) => settle(m));
          this.worker.once("error", () => settle(void 0));
          this.worker.once("exit", () => settle(void 0));
        });
      }
      offer(files) {
        if (files.length - this.posted >= BATCH) this.flush(files);
      }
      close(files) {
        this.flush(files);
        Atomics.store(this.counter, DONE, 1);
        Atomics.notify(this.counter, AVAIL);
      }
      /** The worker's results; none to wait for if this thread scanned every file itself. */
      async results(allHere) {
        return allHere ? [] : await this.done ?? [];
      }
      /** Ends the worker, done or not (an error in the walk must not leave it waiting for files). */
      stop() {
        this.port.close();
        void this.worker.terminate();
      }
      flush(files) {
        if (files.length === this.posted) return;
        this.port.postMessage(files.slice(this.posted));
        this.posted = files.length;
        Atomics.store(this.counter, AVAIL, this.posted);
        Atomics.notify(this.counter, AVAIL);
      }
    };
    if (!isMainThread && workerData?.kind === "leakproof-dir") serve(workerData);
  }
});

// src/cli/commands/baseline.ts
var baseline_exports = {};
__export(baseline_exports, {
  run: () => run9
});
import { mkdtempSync, rmSync, writeFileSync as writeFileSync4 } from "node:fs";
import { tmpdir } from "node:os";
import { join as join18, relative as relative5 } from "node:path";
async function run9(opts) {
  const file = opts.values.output ?? opts.values["write-baseline"] ?? baselinePath(process.cwd());
  const quiet = opts.values.quiet ?? false;
  const tmp = mkdtempSync(join18(tmpdir(), "leakproof-baseline-"));
  try {
    const parts = [join18(tmp, "dir.json")];
    const sub = (write, positionals) => ({
      ...opts,
      positionals,
      values: { ...opts.values, "write-baseline": write, output: void 0, quiet: true }
    });
    let code = await (await Promise.resolve().then(() => (init_dir3(), dir_exports))).run(sub(parts[0], opts.positionals));
    if (code !== EXIT.clean) return code;
    if (opts.values.history) {
      parts.push(join18(tmp, "history.json"));
      code = await (await Promise.resolve().then(() => (init_history2(), history_exports))).run(sub(parts[1], []));
      if (code !== EXIT.clean) return code;
    }
    const entries = parts.flatMap((p) => readBaseline(p));
    writeFileSync4(file, formatBaseline(entries));
    const n = new Set(entries.map((e) => e.fingerprint)).size;
    if (!quiet) {
      const shown = relative5(process.cwd(), file) || file;
      const what = opts.values.history ? "the working tree and every commit" : "the working tree";
      const read3 = file === baselinePath(process.cwd()) ? "staged, dir, history and the hooks read it from there without flags" : `scans read it with --baseline ${shown}, or name it in .leakproof.toml (baseline = "${shown}")`;
      process.stderr.write(
        `leakproof: wrote ${n} accepted finding${n === 1 ? "" : "s"} from ${what} to ${shown}; ${read3}. Commit it so everyone's hook accepts the same.
`
      );
      if (!opts.values.history)
        process.stderr.write("leakproof: secrets only in older commits are not in it: leakproof baseline --history\n");
    }
    return EXIT.clean;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
var init_baseline2 = __esm({
  "src/cli/commands/baseline.ts"() {
    "use strict";
    init_baseline();
    init_errors2();
  }
});

// src/cli/main.ts
init_errors2();

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
  const lines2 = c.options.map((o) => OPTION_LINES[o]).filter((l) => l !== void 0);
  const exit = c.exit ?? "0 nothing found, 1 secrets found, 2 error";
  return `Usage: ${c.usage}

${c.about}

Options:
${lines2.join("\n")}

Exit status: ${exit}.
`;
}

// src/cli/options.ts
init_errors2();
import { parseArgs } from "node:util";

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
    parsed = parseArgs({ args, options: COMMON2, allowPositionals: true, strict: true });
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
    const out2 = outputs[i];
    reports.push({ format: formats[i] ?? "text", ...out2 !== void 0 && out2 !== "-" ? { output: out2 } : {} });
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
  switch (command) {
    case "dir":
      return (await import("./dir.js")).run(opts);
    case "staged":
      return (await Promise.resolve().then(() => (init_staged3(), staged_exports))).run(opts);
    case "history":
      return (await Promise.resolve().then(() => (init_history2(), history_exports))).run(opts);
    case "pre-push":
      return (await Promise.resolve().then(() => (init_prepush(), prepush_exports))).run(opts);
    case "install":
      return (await Promise.resolve().then(() => (init_install2(), install_exports))).run(opts);
    case "uninstall":
      return (await Promise.resolve().then(() => (init_uninstall(), uninstall_exports))).run(opts);
    case "fix":
      return (await Promise.resolve().then(() => (init_fix(), fix_exports))).run(opts);
    case "django":
      return (await import("./django.js")).run(opts);
    case "rotate":
      return (await Promise.resolve().then(() => (init_rotate(), rotate_exports))).run(opts);
    case "baseline":
      return (await Promise.resolve().then(() => (init_baseline2(), baseline_exports))).run(opts);
    default:
      throw new UsageError(`unknown command "${command}" (leakproof --help lists the commands)`);
  }
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.exitCode = reportError(e);
  }
);
/*! Bundled license information:

smol-toml/dist/error.js:
smol-toml/dist/primitive.js:
smol-toml/dist/date.js:
smol-toml/dist/extract.js:
smol-toml/dist/util.js:
smol-toml/dist/struct.js:
smol-toml/dist/parse.js:
smol-toml/dist/stringify.js:
smol-toml/dist/index.js:
  (*!
   * Copyright (c) Squirrel Chat et al., All rights reserved.
   * SPDX-License-Identifier: BSD-3-Clause
   *
   * Redistribution and use in source and binary forms, with or without
   * modification, are permitted provided that the following conditions are met:
   *
   * 1. Redistributions of source code must retain the above copyright notice, this
   *    list of conditions and the following disclaimer.
   * 2. Redistributions in binary form must reproduce the above copyright notice,
   *    this list of conditions and the following disclaimer in the
   *    documentation and/or other materials provided with the distribution.
   * 3. Neither the name of the copyright holder nor the names of its contributors
   *    may be used to endorse or promote products derived from this software without
   *    specific prior written permission.
   *
   * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
   * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
   * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
   * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
   * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
   * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
   * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
   * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
   * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
   * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
   *)
*/
