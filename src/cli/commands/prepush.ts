// leakproof pre-push [REMOTE [URL]]: the pre-push hook. Scans exactly the commits the push sends
// that the remote does not have (git's lines on stdin; the pre-commit framework's
// PRE_COMMIT_FROM_REF / PRE_COMMIT_TO_REF; run by hand: HEAD's commits that no remote-tracking
// ref has). Fails closed like every scan: an error exits 2 and the hook blocks the push.
import { parsePushInput, pushRevs, type PushUpdate } from "../../git/push.js";
import { EXIT, UsageError } from "../errors.js";
import type { Options } from "../options.js";

const ZERO = "0".repeat(40);

export async function run(opts: Options): Promise<number> {
  if (opts.positionals.length > 2)
    throw new UsageError(`pre-push takes at most the remote's name and URL (as git passes them)`);
  const updates = await pushUpdates();
  const { revs, notCommits } = pushRevs(process.cwd(), updates);
  const quiet = opts.values.quiet ?? false;
  for (const ref of notCommits)
    if (!quiet) process.stderr.write(`leakproof: ${ref} names no commit (a tag of a file or tree): not scanned\n`);
  if (revs.length === 0) {
    if (!quiet) process.stderr.write("leakproof: the push sends no new commits: nothing to scan\n");
    return EXIT.clean;
  }
  return (await import("./history.js")).run(opts, { revs });
}

async function pushUpdates(): Promise<PushUpdate[]> {
  const env = process.env;
  // The pre-commit framework reads git's lines itself and hands over one range.
  if (env.PRE_COMMIT_TO_REF) {
    return [
      { localRef: "HEAD", localSha: env.PRE_COMMIT_TO_REF, remoteRef: "", remoteSha: env.PRE_COMMIT_FROM_REF || ZERO },
    ];
  }
  const text = process.stdin.isTTY ? "" : await readStdin();
  if (text.trim() === "") return [{ localRef: "HEAD", localSha: "HEAD", remoteRef: "", remoteSha: ZERO }];
  try {
    return parsePushInput(text);
  } catch (e) {
    throw new UsageError(`pre-push: ${(e as Error).message} (git passes "<local ref> <sha> <remote ref> <sha>" lines)`);
  }
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (s: string) => (text += s));
    process.stdin.on("end", () => resolve(text));
    process.stdin.on("error", reject);
  });
}
