// The hook text: hooks/pre-commit with the CLI's location filled in. The part between the
// `# >>> leakproof >>>` and `# <<< leakproof <<<` lines is also what goes into .husky/pre-commit.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SIGNATURE = "# leakproof pre-commit hook";
export const BEGIN = "# >>> leakproof >>>";
export const END = "# <<< leakproof <<<";
/** The hook that was there before, kept next to ours and run after the scan. */
export const CHAINED = "pre-commit.leakproof-chained";

/** Where the leakproof that runs `install` lives: the hook falls back to it when the project has no node_modules/.bin/leakproof. */
export interface CliLocation {
  node: string;
  script: string;
}

export function currentCli(): CliLocation {
  return { node: process.execPath, script: fileURLToPath(new URL("../cli/main.js", import.meta.url)) };
}

function template(): string {
  return readFileSync(fileURLToPath(new URL("../../hooks/pre-commit", import.meta.url)), "utf8");
}

/** A word for sh, single-quoted. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The whole hook file. */
export function hookScript(cli: CliLocation): string {
  return template().replace(/@CLI@/g, () => shellQuote(cli.script)).replace(/@NODE@/g, () => shellQuote(cli.node));
}

/** The marked block alone (first line BEGIN, last line END), each line ending in "\n". */
export function hookBlock(cli: CliLocation): string {
  const text = hookScript(cli);
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start === -1 || end === -1) throw new Error("hooks/pre-commit has lost its leakproof markers");
  return text.slice(start, end + END.length) + "\n";
}
