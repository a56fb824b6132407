// leakproof staged [PATH...]: what the next commit adds (the pre-commit hook). Reads the index,
// never the working tree; PATHs (as lint-staged passes them) narrow it to those files.
import { mergeInProgress, quickWorkTreeTop } from "../../git/repo.js";
import type { Finding } from "../../types.js";
import { selfCommand, stagedFixHint } from "../hint.js";
import { stagedText } from "../../git/staged.js";
import { collectStaged } from "../collect/staged.js";
import type { Options } from "../options.js";
import { finish, setup } from "../scan.js";
import { noteSkips } from "../skips.js";

// A git failure is a GitError: reported as an error (exit 2), never "clean", so the hook blocks.
export async function run(opts: Options): Promise<number> {
  const cwd = process.cwd();
  const root = quickWorkTreeTop(cwd);
  const s = setup(root, opts);
  const { findings, skips, blobs } = await collectStaged(cwd, root, s, opts);
  const notes = noteSkips(skips, s.maxFileSize, opts);
  const fileText = (path: string) => stagedText(cwd, path, blobs.get(path), s.maxFileSize);
  const fixHint = (found: readonly Finding[]) =>
    stagedFixHint(found, { cmd: selfCommand(root), env: process.env, merging: mergeInProgress(cwd) });
  return finish(s, opts, { found: findings, notes, fileText, scan: "staged", fixHint });
}
