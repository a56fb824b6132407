// Skipped files become notes: large and unreadable files one by one, binaries and symlinks counted.
import type { Skip } from "../types.js";
import type { Options } from "./options.js";
import { MIB, mib } from "../units.js";

/** Binary files that hold private keys: said by name, whatever the verbosity (they cannot be scanned). */
const KEYSTORE = /\.(?:p12|pfx|jks|keystore|bcfks)$/i;

export function skipNotes(skips: readonly Skip[], maxFileSize: number, verbose: boolean): string[] {
  const notes: string[] = [];
  const limit = mib(maxFileSize, maxFileSize % MIB === 0 ? 0 : 1);
  for (const s of skips) {
    if (s.reason === "too-large")
      notes.push(`skipped ${s.path} (${s.detail}, over the ${limit} limit; raise it with --max-file-size)`);
    else if (s.reason === "unreadable") notes.push(`skipped ${s.path} (cannot read: ${s.detail})`);
    else if (s.reason === "binary" && KEYSTORE.test(s.path))
      notes.push(
        `${s.path} is a keystore (PKCS#12 / Java): it usually holds a private key, protected only by its password; keep real ones out of the repository`,
      );
    else if (verbose) notes.push(`skipped ${s.path} (${s.reason === "binary" ? "binary" : "symlink, not followed"})`);
  }
  if (!verbose) {
    const binary = skips.filter((s) => s.reason === "binary" && !KEYSTORE.test(s.path)).length;
    const links = skips.filter((s) => s.reason === "symlink").length;
    if (binary > 0) notes.push(`skipped ${binary} binary file${binary === 1 ? "" : "s"} (--verbose lists them)`);
    if (links > 0) notes.push(`did not follow ${links} symlink${links === 1 ? "" : "s"} (--verbose lists them)`);
  }
  return notes;
}

/** The notes for these skips, also printed on stderr unless --quiet. */
export function noteSkips(skips: readonly Skip[], maxFileSize: number, opts: Options): string[] {
  const notes = skipNotes(skips, maxFileSize, opts.values.verbose ?? false);
  if (!opts.values.quiet) for (const n of notes) process.stderr.write(`leakproof: ${n}\n`);
  return notes;
}
