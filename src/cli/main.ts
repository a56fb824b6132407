#!/usr/bin/env node
// The entry point: `leakproof staged` (the hook) goes to this build's daemon when one listens
// (daemon/), else runs here and leaves a daemon for the next commit; everything else runs here.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { askDaemon, startDaemon } from "./daemon/client.js";
import { daemonWanted, privateDir, socketPath } from "./daemon/place.js";
import { EXIT, reportError } from "./errors.js";
import { runCli, type StagedModule } from "./run.js";

async function main(argv: string[]): Promise<number> {
  if (argv[0] === "__daemon") return daemon(argv[1]);
  // Built (CommonJS, __dirname), the daemon is dist/cli/daemon.js; from source there is none.
  const sock =
    argv[0] === "staged" && typeof __dirname === "string" && daemonWanted(process.env)
      ? socketPath(process.env, join(__dirname, "daemon.js"), true)
      : undefined;
  if (!sock) return runCli(argv, stagedCommand);
  const asked = await askDaemon(sock, argv);
  if ("code" in asked) return asked.code;
  try {
    return await runCli(argv, stagedCommand);
  } finally {
    if (asked.absent) startDaemon(fileURLToPath(import.meta.url), sock);
  }
}

/** `leakproof __daemon SOCKET` (started by the hook, not by hand): serves until idle. */
async function daemon(sock: string | undefined): Promise<number> {
  if (!sock || !privateDir(dirname(sock))) return EXIT.error;
  const server = await import("./daemon/server.js");
  await server.serve(sock, server.idleSeconds(process.env) * 1000);
  return EXIT.clean;
}

/**
 * The hook's bundle: built (this file is dist/cli/main.js, CommonJS), through V8's code cache and
 * compiled with the hook's compiler settings (tiering.ts), which the cache must have been made
 * under; from source (ESM: no __dirname), imported.
 */
async function stagedCommand(): Promise<StagedModule> {
  if (typeof __dirname !== "string") return import("./commands/staged.js");
  // Loaded before the compiler settings change: Node's own code cache for its modules is stamped
  // with V8's flags too, so after the change the hook's git module would be compiled again (~4 ms).
  createRequire(import.meta.url)("node:child_process");
  // Imported here: a commit the daemon answers needs neither (nor node:v8, node:vm).
  const { isShort, startShort } = await import("./tiering.js");
  const { requireCached } = await import("./codecache.js");
  startShort();
  return requireCached(join(__dirname, "staged.js"), isShort) as StagedModule;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.exitCode = reportError(e);
  },
);
