// The hook's door to Django's deployment checks: a module of its own beside main.ts, so the
// bundle keeps the Python parser out of the hook path (bundle.mjs leaves ../django/hook.js
// external; the same relative path holds from dist/cli/main.js and from dist/cli/deploy.js).
import type { HookDeploy } from "../django/hook.js";

export async function deployForCommit(
  root: string,
  staged: readonly string[],
  readStaged: (path: string) => string | undefined,
  readDisk: (path: string) => string,
): Promise<HookDeploy> {
  const { deployForCommit: run } = await import("../django/hook.js");
  return run(root, staged, readStaged, readDisk);
}
