// A second, independent history generator (not the one history.mjs and gen.mjs use, which
// leakproof was tuned on): a project that grows from real source files. Its lines come from real
// trees (the corpora under /work/corpora/trees when present, else a built-in vocabulary), so
// keyword density and line lengths are those of real code. Shape: a few big imports, then many
// small commits (1-3 files, a few hunks of real code blocks), feature branches merged back (some
// merges add a line of their own), renames of files and whole directories, deletions, binary
// files (real .mo catalogues, images of random bytes), long files, lock files rewritten in part,
// minified one-line bundles, CRLF files, tags.
//
// Planted fake secrets are built at runtime from a prefix and random characters; each is recorded
// with the commit that adds it and its file:line there. Deterministic for a seed and a source.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { Rand } from "./common.mjs";

export const REALISTIC_VERSION = 1;

/** Files of source trees (sorted), read as text lines or kept as bytes when binary; `path` is shortened, `disk` as found. */
export function readSource(dirs, maxFiles = Infinity) {
  const files = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const all = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath ?? e.path, e.name))
      .sort();
    for (const abs of all) {
      if (files.length >= maxFiles) break;
      const st = statSync(abs);
      if (st.size > 4 * 1048576) continue;
      const bytes = readFileSync(abs);
      const disk = relative(dir, abs);
      const rel = disk
        .replace(/^usr\/(lib|share)\/(python3\/dist-packages\/|nodejs\/|ruby\/vendor_ruby\/)?/, "")
        .replace(/[^A-Za-z0-9._/-]/g, "_");
      if (bytes.subarray(0, 8000).includes(0)) files.push({ path: rel, disk, bin: bytes });
      else {
        const text = bytes.toString("utf8");
        const lines = text.split("\n");
        if (lines[lines.length - 1] === "") lines.pop();
        files.push({ path: rel, disk, lines });
      }
    }
  }
  return files;
}

/** When no source tree is there: code-like lines from a small vocabulary. */
function syntheticSource(r, n) {
  const words =
    "user account order item config data value result handler request response client server cache session message event queue worker task file path name index count total size buffer stream token password secret key auth".split(
      " ",
    );
  const line = () => {
    const w = () => r.pick(words);
    switch (r.int(0, 5)) {
      case 0:
        return `def ${w()}_${w()}(self, ${w()}, ${w()}=None):`;
      case 1:
        return `    ${w()}_${w()} = self.${w()}.get("${w()}", ${r.int(0, 999)})`;
      case 2:
        return `    # ${w()} ${w()} ${w()} ${w()}`;
      case 3:
        return `    return ${w()}(${w()}, ${w()})`;
      case 4:
        return "";
      default:
        return `    if not ${w()}.${w()}:`;
    }
  };
  return Array.from({ length: n }, (_, i) => ({
    path: `src/pkg${i % 17}/mod_${i}.py`,
    lines: Array.from({ length: Math.max(5, Math.round(Math.exp(r.gauss() * 1.1 + 4.6))) }, line),
  }));
}

const CH = {
  alnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  upperdigit: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
  digit: "0123456789",
  django: "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)",
};
const part = (...p) => p.join("");

function strong(r, n, set) {
  for (;;) {
    const s = r.chars(n, set);
    if (!/(test|demo|none|null|example|sample|fake|your|xxx|dummy|secret|password|key|token)/i.test(s)) return s;
  }
}

/** One planted fake secret line, written as the file's language writes a literal. */
function plantLine(r, path) {
  const value = r.weighted([
    [3, () => part("gh", "p_") + strong(r, 36, CH.alnum)],
    [2, () => part("AK", "IA") + strong(r, 16, CH.upperdigit)],
    [2, () => part("xo", "xb-") + r.chars(11, CH.digit) + "-" + r.chars(12, CH.digit) + "-" + strong(r, 24, CH.alnum)],
    [2, () => part("sk_", "live_") + strong(r, 24, CH.alnum)],
    [2, () => part("django", "-insecure-") + strong(r, 50, CH.django)],
  ])();
  const name = value.startsWith("django") ? "SECRET_KEY" : r.pick(["API_CREDENTIAL", "SERVICE_AUTH", "UPSTREAM"]);
  if (/\.py$/.test(path)) return `${name} = "${value}"`;
  if (/\.(js|ts|mjs)$/.test(path)) return `const ${name.toLowerCase()} = "${value}";`;
  if (/\.rb$/.test(path)) return `${name} = "${value}"`;
  if (/\.ya?ml$/.test(path)) return `${name.toLowerCase()}: ${value}`;
  return `${name}=${value}`;
}

function fiPath(p) {
  return /^[\x21-\x7e]+$/.test(p) && !p.startsWith('"') ? p : JSON.stringify(p);
}

/**
 * Writes the repository with git fast-import. `source`: files from readSource (copied, not changed).
 * Returns { commits, merges, evil, planted: [{ commit, file, line }] }.
 */
export async function generateRealistic(dir, { seed, commits: target, source, hunkScale = 1 }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const git = (...a) => {
    const res = spawnSync("git", a, { cwd: dir, encoding: "utf8" });
    if (res.status !== 0) throw new Error(`git ${a.join(" ")}: ${res.stderr}`);
    return res.stdout;
  };
  git("init", "-q", "--bare", "-b", "main");
  const fi = spawn("git", ["fast-import", "--quiet", "--done", `--export-marks=${join(dir, "marks")}`], {
    cwd: dir,
    stdio: ["pipe", "inherit", "inherit"],
  });
  const done = new Promise((res, rej) => {
    fi.on("error", rej);
    fi.on("close", (code) => (code === 0 ? res() : rej(new Error(`git fast-import exited ${code}`))));
  });
  let pending = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const chunk = Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    if (!fi.stdin.write(chunk)) await new Promise((res) => fi.stdin.once("drain", res));
  };
  const out = async (...parts) => {
    for (const p of parts) {
      const b = typeof p === "string" ? Buffer.from(p, "utf8") : p;
      pending.push(b);
      pendingBytes += b.length;
    }
    if (pendingBytes > 4 << 20) await flush();
  };

  const r = new Rand(seed);
  const src = source.length > 0 ? source : syntheticSource(r, 400);
  const pool = [];
  for (const f of src) if (f.lines) for (const l of f.lines) if (l.length < 300) pool.push(l);
  const block = (n) => {
    const at = r.int(0, Math.max(0, pool.length - n));
    return pool.slice(at, at + n);
  };
  const AUTHORS = [
    "Ada Lovelace <ada@example.invalid>",
    "Grace Hopper <grace@example.invalid>",
    "Ken T <ken@example.invalid>",
    "Zoë Ünïcode <zoe@example.invalid>",
    "Build Bot <ci@example.invalid>",
  ];
  const files = new Map(); // path → { lines, crlf } | { bin }
  const planted = [];
  let mark = 0;
  let time = 1_500_000_000;
  let commits = 0;
  let merges = 0;
  let evil = 0;

  const content = (f) => (f.bin ? f.bin : Buffer.from(f.lines.join(f.crlf ? "\r\n" : "\n") + "\n", "utf8"));
  const modify = (path, f) => {
    const c = content(f);
    return [`M 100644 inline ${fiPath(path)}\ndata ${c.length}\n`, c, "\n"];
  };
  const header = (ref, msg, from, mergeFrom) => {
    mark++;
    commits++;
    time += r.int(30, 4000);
    const who = r.pick(AUTHORS);
    let h = `commit ${ref}\nmark :${mark}\nauthor ${who} ${time} +0000\ncommitter ${who} ${time} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n`;
    if (from) h += `from :${from}\n`;
    if (mergeFrom) h += `merge :${mergeFrom}\n`;
    return h;
  };
  const textPaths = () => [...files.keys()].filter((p) => files.get(p).lines);
  let paths = [];
  const refresh = () => (paths = textPaths());
  /** A few hunks: real code blocks in place of a few lines. */
  const edit = (f) => {
    for (let h = r.int(1, 4); h > 0; h--) {
      const at = r.int(0, f.lines.length);
      const del = r.chance(0.4) ? 0 : r.int(1, Math.min(6, Math.max(1, f.lines.length - at)));
      f.lines.splice(at, del, ...block(Math.ceil(r.int(1, 12) * hunkScale)));
    }
  };
  const plantIn = (path, f, m) => {
    const at = r.int(0, f.lines.length);
    f.lines.splice(at, 0, plantLine(r, path));
    planted.push({ mark: m, file: path, line: at + 1 });
  };

  // The import: the source in a few big commits, later files trickle in with the history.
  const queue = src.map((f) => ({ path: f.path, f: f.bin ? { bin: f.bin } : { lines: [...f.lines] } }));
  let head = 0;
  const first = Math.ceil(queue.length * 0.3);
  for (let i = 0; i < first;) {
    const parts = [];
    for (let k = 0; k < 200 && i < first; k++, i++) {
      const { path, f } = queue[i];
      files.set(path, f);
      parts.push(...modify(path, f));
    }
    await out(header("refs/heads/main", "import\n", head), ...parts, "\n");
    head = mark;
  }
  let q = first;
  refresh();
  const lock = { lines: Array.from({ length: 6000 }, (_, i) => `    "dep-${i}": "^${i % 9}.${i % 13}.${i % 7}",`) };
  files.set("package-lock.json", lock);
  const win = { lines: block(400), crlf: true };
  files.set("windows/Setup.ps1", win);
  await out(
    header("refs/heads/main", "lock and windows\n", head),
    ...modify("package-lock.json", lock),
    ...modify("windows/Setup.ps1", win),
    "\n",
  );
  head = mark;
  let abandoned = 0;

  while (commits < target) {
    const x = r.next();
    if (x < 0.05) {
      // A feature branch on files of its own, merged back after main moved on elsewhere.
      const own = [...new Set(Array.from({ length: r.int(1, 4) }, () => r.pick(paths)))];
      const copies = new Map(own.map((p) => [p, { ...files.get(p), lines: [...files.get(p).lines] }]));
      const keep = r.chance(0.05);
      const ref = keep ? `refs/heads/stale/${++abandoned}` : "refs/heads/feature";
      let bhead = head;
      for (let k = r.int(2, 7); k > 0; k--) {
        const parts = [];
        const h = header(ref, "feature work\n", bhead);
        for (const p of own) {
          if (!r.chance(0.7)) continue;
          edit(copies.get(p));
          if (r.chance(0.03)) plantIn(p, copies.get(p), mark);
          parts.push(...modify(p, copies.get(p)));
        }
        await out(h, ...parts, "\n");
        bhead = mark;
      }
      if (keep) continue;
      for (let k = r.int(0, 3); k > 0; k--) {
        const p = r.pick(paths);
        if (copies.has(p)) continue;
        edit(files.get(p));
        await out(header("refs/heads/main", "meanwhile\n", head), ...modify(p, files.get(p)), "\n");
        head = mark;
      }
      for (const [p, f] of copies) files.set(p, f);
      const parts = [];
      for (const p of own) parts.push(...modify(p, files.get(p)));
      const h = header("refs/heads/main", "Merge branch 'feature'\n", head, bhead);
      merges++;
      if (r.chance(0.1)) {
        evil++;
        const p = r.pick(paths.filter((y) => !copies.has(y)));
        plantIn(p, files.get(p), mark);
        parts.push(...modify(p, files.get(p)));
      }
      await out(h, ...parts, "\n");
      head = mark;
      continue;
    }
    const h = header("refs/heads/main", `change ${commits}\n`, head);
    const parts = [];
    if (x < 0.06 && q < queue.length) {
      // Files from the source arrive.
      for (let k = r.int(1, 6); k > 0 && q < queue.length; k--, q++) {
        const { path, f } = queue[q];
        files.set(path, f);
        parts.push(...modify(path, f));
      }
      refresh();
    } else if (x < 0.075) {
      // A rename, often with an edit (its old lines are not new).
      const from = r.pick(paths);
      const f = files.get(from);
      const to = from.replace(/([^/]+)$/, `moved_${commits}_$1`);
      files.delete(from);
      files.set(to, f);
      parts.push(`R ${fiPath(from)} ${fiPath(to)}\n`);
      if (r.chance(0.5)) {
        edit(f);
        parts.push(...modify(to, f));
      }
      refresh();
    } else if (x < 0.077) {
      // A whole directory moves.
      const p = r.pick(paths);
      const d = p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : undefined;
      if (d) {
        const to = `${d}_v${commits}`;
        for (const [path, f] of [...files]) {
          if (!path.startsWith(d + "/")) continue;
          files.delete(path);
          files.set(to + path.slice(d.length), f);
        }
        parts.push(`R ${fiPath(d)} ${fiPath(to)}\n`);
        refresh();
      }
    } else if (x < 0.085) {
      const p = r.pick(paths);
      files.delete(p);
      parts.push(`D ${fiPath(p)}\n`);
      refresh();
    } else if (x < 0.1) {
      // Binary: a new image of random bytes, or an existing binary file changed.
      const bins = [...files.keys()].filter((p) => files.get(p).bin);
      if (bins.length > 0 && r.chance(0.5)) {
        const p = r.pick(bins);
        const b = Buffer.from(files.get(p).bin);
        for (let k = 0; k < 20; k++) b[r.int(0, b.length - 1)] = r.int(0, 255);
        files.set(p, { bin: b });
        parts.push(...modify(p, files.get(p)));
      } else {
        const n = Math.round(Math.exp(r.gauss() + 9));
        const b = Buffer.alloc(Math.max(64, Math.min(n, 2_000_000)));
        for (let k = 0; k + 4 <= b.length; k += 4) b.writeUInt32LE(Math.floor(r.next() * 4294967296), k);
        b[0] = 0x89;
        b[1] = 0;
        const p = `assets/img_${commits}.png`;
        files.set(p, { bin: b });
        parts.push(...modify(p, files.get(p)));
      }
    } else if (x < 0.105) {
      // The lock file regenerated in part.
      for (let k = r.int(50, 600); k > 0; k--)
        lock.lines[r.int(0, lock.lines.length - 1)] =
          `    "dep-${r.int(0, 99999)}": "^${r.int(0, 20)}.${r.int(0, 40)}.${r.int(0, 9)}",`;
      parts.push(...modify("package-lock.json", lock));
    } else if (x < 0.107) {
      // A minified bundle: one very long line.
      const line = block(r.int(200, 2000)).join(";");
      const p = `static/dist/bundle_${r.int(0, 5)}.min.js`;
      files.set(p, { lines: [line] });
      parts.push(...modify(p, files.get(p)));
      refresh();
    } else if (x < 0.11) {
      // An empty commit (a version bump elsewhere, a CI trigger).
    } else {
      const touched = [
        ...new Set(
          Array.from(
            {
              length: r.weighted([
                [6, 1],
                [3, 2],
                [1, 3],
              ]),
            },
            () => r.pick(paths),
          ),
        ),
      ];
      for (const p of touched) edit(files.get(p));
      if (r.chance(0.012)) plantIn(touched[0], files.get(touched[0]), mark);
      for (const p of touched) parts.push(...modify(p, files.get(p)));
    }
    await out(h, ...parts, "\n");
    head = mark;
    if (commits % 1000 === 0) await out(`reset refs/tags/r${commits / 1000}\nfrom :${head}\n\n`);
  }
  await out(`reset refs/heads/feature\nfrom :${head}\n\n`, "done\n");
  await flush();
  fi.stdin.end();
  await done;

  const marks = new Map();
  for (const line of readFileSync(join(dir, "marks"), "utf8").split("\n")) {
    const [m, sha] = line.split(" ");
    if (m && sha) marks.set(Number(m.slice(1)), sha);
  }
  rmSync(join(dir, "marks"));
  // Packed as a real repository is (fast-import's packs are not).
  git("gc", "-q", "--prune=now");
  return {
    commits,
    merges,
    evil,
    planted: planted.map((p) => ({ commit: marks.get(p.mark), file: p.file, line: p.line })),
  };
}
