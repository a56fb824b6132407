// Partial (e.g. blobless) clones: objects the scan needs may not be here, and git would fetch
// them over the network as it met them. Every git call refuses that (exec.ts); this says up front,
// in plain words, what is missing and how to fetch it, instead of git's transport error halfway.
import { GitError, gitStream, gitSync } from "./exec.js";

/** The promisor remotes (remote.<name>.promisor, extensions.partialClone); empty in a full clone. */
export function promisorRemotes(cwd: string): string[] {
  const r = gitSync(["config", "--get-regexp", "^(remote\\..+\\.promisor|extensions\\.partialclone)$"], {
    cwd,
    okCodes: [1],
  });
  const names = new Set<string>();
  for (const line of r.stdout.toString("utf8").split("\n")) {
    const sp = line.indexOf(" ");
    if (sp === -1) continue;
    const [key, value] = [line.slice(0, sp), line.slice(sp + 1)];
    if (key === "extensions.partialclone") names.add(value);
    else if (/^(true|yes|on|1)$/i.test(value)) names.add(key.slice("remote.".length, -".promisor".length));
  }
  return [...names];
}

/**
 * In a partial clone, fails with a GitError naming how many objects of these revisions (every
 * ref when empty) are missing and how to fetch them; never fetches (rev-list --missing=print).
 */
export async function checkComplete(cwd: string, revs: readonly string[], since?: string): Promise<void> {
  const remotes = promisorRemotes(cwd);
  if (remotes.length === 0) return;
  let missing = 0;
  let first = "";
  let rest = "";
  const args = [
    "rev-list",
    "--objects",
    "--missing=print",
    ...(since ? [`--since=${since}`] : []),
    ...(revs.length > 0 ? ["--end-of-options", ...revs] : ["--all"]),
    "--",
  ];
  await gitStream(args, { cwd }, (chunk) => {
    const lines = (rest + chunk.toString("latin1")).split("\n");
    rest = lines.pop()!;
    for (const l of lines)
      if (l.startsWith("?")) {
        missing++;
        first ||= l.slice(1);
      }
  });
  if (rest.startsWith("?")) missing++;
  if (missing === 0) return;
  const remote = remotes[0]!;
  throw new GitError(
    args,
    null,
    "",
    `history: this is a partial clone and ${missing} object${missing === 1 ? "" : "s"} of the history to scan ` +
      `${missing === 1 ? "is" : "are"} not here (${first || "?"}${missing > 1 ? ", …" : ""}); leakproof never fetches over the network. ` +
      `Fetch them first (git config --unset remote.${remote}.partialclonefilter && git fetch --refetch ${remote}) ` +
      `or scan a full clone (on GitHub Actions: actions/checkout without filter)`,
  );
}
