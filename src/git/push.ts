// What a push sends: git hands the pre-push hook one line per ref it updates,
// `<local ref> <local sha> <remote ref> <remote sha>`. The commits to check are those the pushed
// tips reach that the remote cannot have already: not reachable from what the remote had at that
// ref, nor from any remote-tracking ref (`--not --remotes`: a new branch is checked against what
// the remote already holds, not its whole history).
import { gitSync } from "./exec.js";

export interface PushUpdate {
  localRef: string;
  localSha: string;
  remoteRef: string;
  remoteSha: string;
}

const ZERO = /^0+$/;

/** git's stdin lines for pre-push. Pure; blank lines are ignored, a malformed one throws. */
export function parsePushInput(text: string): PushUpdate[] {
  const out: PushUpdate[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const parts = line.split(" ");
    if (parts.length !== 4 || !/^[0-9a-f]{7,64}$/i.test(parts[1]!) || !/^[0-9a-f]{7,64}$/i.test(parts[3]!))
      throw new Error(`unexpected pre-push input line: "${line.slice(0, 200)}"`);
    out.push({ localRef: parts[0]!, localSha: parts[1]!, remoteRef: parts[2]!, remoteSha: parts[3]! });
  }
  return out;
}

export interface PushRevs {
  /** Revision arguments for the history scan (tips, then ^exclusions); empty: nothing to check. */
  revs: string[];
  /** Pushed refs that name no commit (a tag of a blob or tree): not scanned. */
  notCommits: string[];
}

/** The revisions to scan for these updates (deletions push nothing). */
export function pushRevs(cwd: string, updates: readonly PushUpdate[]): PushRevs {
  const pushed = updates.filter((u) => !ZERO.test(u.localSha));
  if (pushed.length === 0) return { revs: [], notCommits: [] };
  const had = updates.map((u) => u.remoteSha).filter((s) => !ZERO.test(s));
  // One git for all of them: which names are commits here (the remote's may be unknown locally, after a force-push elsewhere).
  const commits = commitsAmong(cwd, [...pushed.map((u) => u.localSha), ...had]);
  const include = [...new Set(pushed.map((u) => u.localSha).filter((s) => commits.has(s)))];
  const notCommits = pushed.filter((u) => !commits.has(u.localSha)).map((u) => u.localRef);
  if (include.length === 0) return { revs: [], notCommits };
  const exclude = new Set([...had.filter((s) => commits.has(s)), ...remoteTips(cwd)]);
  return { revs: [...include, ...[...exclude].map((s) => `^${s}`)], notCommits };
}

/** The commits each remote-tracking ref points at. */
export function remoteTips(cwd: string): string[] {
  const out = gitSync(["for-each-ref", "--format=%(objectname)", "refs/remotes/"], { cwd }).stdout.toString("utf8");
  return [...new Set(out.split("\n").filter(Boolean))];
}

/** Which of these object names are (or peel to) commits in this repository. */
function commitsAmong(cwd: string, names: readonly string[]): Set<string> {
  const unique = [...new Set(names)];
  const r = gitSync(["cat-file", "--batch-check=%(objecttype)"], {
    cwd,
    input: unique.map((n) => `${n}^{commit}`).join("\n") + "\n",
  });
  const answers = r.stdout.toString("utf8").split("\n");
  return new Set(unique.filter((_, i) => answers[i] === "commit"));
}
