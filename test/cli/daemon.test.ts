// The hook's daemon (src/cli/daemon/): the real CLI on real repositories, with the daemon on and
// a runtime directory of each test's own. What it answers must be what the hook's own process
// would have printed and returned; whatever fails on its side (no daemon, a dying or mute one, a
// socket directory others could use) must end in the hook scanning by itself, never in a pass.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { createServer, connect, type Server } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { socketPath } from "../../src/cli/daemon/place.js";
import { CLI, leakproof } from "../support/cli.js";
import { git, tempDir, tempRepo, writeFiles } from "../support/tmp.js";
import { found, leak } from "../git/support.js";

const DAEMON_JS = join(CLI, "..", "daemon.js");
const running: string[] = [];

/** The environment of a test's runs: the daemon on, its sockets under a directory of the test's own. */
function daemonEnv(extra: Record<string, string> = {}): Record<string, string> {
  const runtime = tempDir("leakproof-run-");
  running.push(join(runtime, "leakproof"));
  return { LEAKPROOF_DAEMON: "1", XDG_RUNTIME_DIR: runtime, LEAKPROOF_DAEMON_IDLE: "120", ...extra };
}

/** Where this build's daemon listens under `env`. */
function sockOf(env: Record<string, string>): string {
  return socketPath(env, DAEMON_JS, true)!;
}

async function until(what: () => boolean, ms = 10_000): Promise<void> {
  for (const end = Date.now() + ms; !what();) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Asks every daemon under `dir` to leave (what a test started must not outlive it). */
async function stopAll(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  const socks = readdirSync(dir).filter((f) => f.endsWith(".sock"));
  await Promise.all(
    socks.map(
      (f) =>
        new Promise<void>((resolve) => {
          const s = connect(join(dir, f));
          s.on("connect", () => s.end('{"v":1,"stop":true}\n'));
          s.on("close", () => resolve());
          s.on("error", () => resolve());
        }),
    ),
  );
  await until(() => readdirSync(dir).every((f) => !f.endsWith(".sock")));
}

afterEach(async () => {
  for (const dir of running.splice(0)) await stopAll(dir);
});

/** A repository with one secret staged. */
function stagedLeak(): string {
  const repo = tempRepo();
  writeFiles(repo, { "settings.py": "import os\n\n" + leak() + "\n" });
  git(repo, "add", ".");
  return repo;
}

/** One run of the hook with a daemon already listening (the first run starts it). */
async function withDaemon(env: Record<string, string>, repo: string): Promise<void> {
  leakproof(["staged"], { cwd: repo, env });
  await until(() => existsSync(sockOf(env)));
}

const ESC = String.fromCharCode(27);
const served = (stderr: string) => /scanned by the daemon \(pid \d+/.test(stderr);

describe("leakproof staged: the daemon", () => {
  it("is started by the first run and answers the next with the same report and exit code", async () => {
    const repo = stagedLeak();
    const env = daemonEnv();
    const first = leakproof(["staged", "--format", "json", "--verbose"], { cwd: repo, env });
    expect(first.code, first.stderr).toBe(1);
    expect(served(first.stderr)).toBe(false);
    await until(() => existsSync(sockOf(env)));
    const second = leakproof(["staged", "--format", "json", "--verbose"], { cwd: repo, env });
    expect(served(second.stderr), second.stderr).toBe(true);
    expect(second.code).toBe(1);
    expect(found(second.stdout)).toEqual([["settings.py", 3, "django-insecure-key"]]);
    expect(second.stdout).toBe(first.stdout);
  });

  it("prints and exits as the hook's own process would, run after run in different repositories", async () => {
    const env = daemonEnv();
    const leaky = stagedLeak();
    const clean = tempRepo();
    writeFiles(clean, { "app.py": "import os\nTOKEN = os.environ['TOKEN']\n" });
    git(clean, "add", ".");
    // A commit of only some files: git gives the hook a temporary index of its own.
    const partial = stagedLeak();
    git(partial, "commit", "-qm", "one", "--no-verify");
    writeFiles(partial, { "other.py": leak() + "\n" });
    const index = join(tempDir(), "index");
    spawnSync("git", ["read-tree", "HEAD"], { cwd: partial, env: { ...process.env, GIT_INDEX_FILE: index } });
    spawnSync("git", ["add", "other.py"], { cwd: partial, env: { ...process.env, GIT_INDEX_FILE: index } });
    await withDaemon(env, clean);
    const cases: Array<{ args: string[]; cwd: string; env?: Record<string, string> }> = [
      { args: ["staged"], cwd: leaky },
      { args: ["staged"], cwd: clean },
      { args: ["staged", "--format", "sarif"], cwd: leaky },
      { args: ["staged", "--format", "nope"], cwd: leaky },
      { args: ["staged", "--repo", leaky, "--format", "json"], cwd: clean },
      { args: ["staged", "--format", "json"], cwd: partial, env: { GIT_INDEX_FILE: index } },
      { args: ["staged", "--format", "json"], cwd: partial },
      { args: ["staged"], cwd: tempDir() },
      { args: ["staged", "--help"], cwd: clean },
    ];
    for (const c of cases) {
      const here = leakproof(c.args, { cwd: c.cwd, env: { ...env, ...c.env, LEAKPROOF_DAEMON: "0" } });
      const there = leakproof([...c.args, "--verbose"], { cwd: c.cwd, env: { ...env, ...c.env } });
      const hereVerbose = leakproof([...c.args, "--verbose"], {
        cwd: c.cwd,
        env: { ...env, ...c.env, LEAKPROOF_DAEMON: "0" },
      });
      expect(served(there.stderr), `${c.args.join(" ")}: ${there.stderr}`).toBe(true);
      expect([there.code, there.stdout], c.args.join(" ")).toEqual([here.code, hereVerbose.stdout]);
      expect(there.stderr.replace(/^leakproof: scanned by the daemon.*\n/m, "")).toBe(hereVerbose.stderr);
    }
    // The temporary index's commit holds the new secret; the full index does not.
    const viaIndex = leakproof(["staged", "--format", "json"], {
      cwd: partial,
      env: { ...env, GIT_INDEX_FILE: index },
    });
    expect(found(viaIndex.stdout)).toEqual([["other.py", 1, "django-insecure-key"]]);
  });

  it("names the command the hook was started as (a symlink here) in its fix hint, as the hook's own process does", async () => {
    const repo = stagedLeak();
    const env = daemonEnv({ PRE_COMMIT: "1", NO_COLOR: "1" });
    const link = join(tempDir(), "leakproof");
    symlinkSync(CLI, link);
    const run = (extra: Record<string, string>) =>
      spawnSync(process.execPath, [link, "staged", ...(extra.LEAKPROOF_DAEMON ? [] : ["--verbose"])], {
        cwd: repo,
        env: { ...process.env, ...env, ...extra },
        encoding: "utf8",
      });
    run({});
    await until(() => existsSync(sockOf(env)));
    const here = run({ LEAKPROOF_DAEMON: "0" });
    const there = run({});
    expect(served(there.stderr), there.stderr).toBe(true);
    expect(`${here.stdout}${here.stderr}`).toContain(`node ${link} fix`);
    expect(there.stdout).toBe(here.stdout);
    expect(there.stderr.replace(/^leakproof: scanned by the daemon.*\n/m, "")).toBe(here.stderr);
  });

  it("colours its report as the client's terminal would have (script(1) gives it one), and not with NO_COLOR", async () => {
    const repo = stagedLeak();
    const env = daemonEnv();
    await withDaemon(env, repo);
    // `script` runs the command on a pseudo-terminal and copies what it printed.
    const onTerminal = (extra: Record<string, string>) =>
      spawnSync("script", ["-qec", `"${process.execPath}" "${CLI}" staged`, "/dev/null"], {
        cwd: repo,
        env: { ...process.env, ...env, NO_COLOR: "", ...extra },
        encoding: "utf8",
      }).stdout;
    const here = onTerminal({ LEAKPROOF_DAEMON: "0" });
    expect(here).toContain(`${ESC}[`);
    expect(onTerminal({})).toBe(here);
    const plain = onTerminal({ NO_COLOR: "1" });
    expect(plain).not.toContain(ESC);
    expect(plain).toBe(onTerminal({ NO_COLOR: "1", LEAKPROOF_DAEMON: "0" }));
  });

  it("leaves after its idle time and removes its socket", async () => {
    const repo = stagedLeak();
    const env = daemonEnv({ LEAKPROOF_DAEMON_IDLE: "1" });
    await withDaemon(env, repo);
    await until(() => !existsSync(sockOf(env)), 8000);
  });

  it("is not started under CI=true (one run there) or with LEAKPROOF_DAEMON=0", async () => {
    const repo = stagedLeak();
    const cases: Array<Record<string, string>> = [{ CI: "true", LEAKPROOF_DAEMON: "" }, { LEAKPROOF_DAEMON: "0" }];
    for (const extra of cases) {
      const env = daemonEnv(extra);
      expect(leakproof(["staged"], { cwd: repo, env }).code).toBe(1);
      await new Promise((r) => setTimeout(r, 1000));
      expect(existsSync(join(env.XDG_RUNTIME_DIR!, "leakproof"))).toBe(false);
    }
  });

  it("is neither used nor started where its directory is open to others or a symlink", async () => {
    const repo = stagedLeak();
    const open = daemonEnv();
    mkdirSync(join(open.XDG_RUNTIME_DIR!, "leakproof"), { mode: 0o755 });
    chmodSync(join(open.XDG_RUNTIME_DIR!, "leakproof"), 0o755);
    const linked = daemonEnv();
    const elsewhere = tempDir();
    symlinkSync(elsewhere, join(linked.XDG_RUNTIME_DIR!, "leakproof"));
    for (const [env, dir] of [
      [open, join(open.XDG_RUNTIME_DIR!, "leakproof")],
      [linked, elsewhere],
    ] as const) {
      const r = leakproof(["staged", "--format", "json"], { cwd: repo, env });
      expect(r.code).toBe(1);
      expect(found(r.stdout)).toEqual([["settings.py", 3, "django-insecure-key"]]);
      await new Promise((r) => setTimeout(r, 1000));
      expect(readdirSync(dir)).toEqual([]);
    }
  });

  it("replaces a socket its killed predecessor left", async () => {
    const repo = stagedLeak();
    const env = daemonEnv();
    const path = sockOf(env);
    // A listener killed outright leaves its socket file: nobody answers on it.
    const script = `require("net").createServer().listen(${JSON.stringify(path)}, () => process.kill(process.pid, "SIGKILL"))`;
    spawnSync(process.execPath, ["-e", script]);
    expect(existsSync(path)).toBe(true);
    expect(leakproof(["staged"], { cwd: repo, env }).code).toBe(1);
    await until(() => served(leakproof(["staged", "--verbose"], { cwd: repo, env }).stderr));
  });
});

describe("leakproof staged: a daemon that fails, the hook scans by itself", () => {
  /** A fake daemon on this build's socket that does `act` with each connection. */
  async function fake(env: Record<string, string>, act: (s: import("node:net").Socket) => void): Promise<Server> {
    const server = createServer(act);
    await new Promise<void>((r) => server.listen(sockOf(env), () => r()));
    return server;
  }

  const behaviours: Record<string, (s: import("node:net").Socket) => void> = {
    "closes the connection once started": (s) => s.once("data", () => s.end('{"started":true}\n')),
    "answers with something that does not parse": (s) => s.once("data", () => s.end('{"started":true}\nnot json\n')),
    "answers without an exit code": (s) => s.once("data", () => s.end('{"out":"","err":""}\n')),
    "asks the client to run it": (s) => s.once("data", () => s.end('{"fallback":"busy"}\n')),
    "never answers": () => undefined,
  };
  for (const [what, act] of Object.entries(behaviours))
    it(`one that ${what}`, async () => {
      const repo = stagedLeak();
      const env = daemonEnv();
      const server = await fake(env, act);
      try {
        const r = await new Promise<{ code: number | null; out: string }>((resolve) => {
          const child = spawn(process.execPath, [CLI, "staged", "--format", "json"], {
            cwd: repo,
            env: { ...process.env, ...env },
          });
          let out = "";
          child.stdout.on("data", (d: Buffer) => (out += d.toString()));
          child.on("close", (code) => resolve({ code, out }));
        });
        expect(r.code).toBe(1);
        expect(found(r.out)).toEqual([["settings.py", 3, "django-insecure-key"]]);
      } finally {
        server.close();
      }
    });
});
