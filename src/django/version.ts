// The project's Django version (major.minor), read from what pins it: requirements*.txt,
// requirements/*.txt, pyproject.toml, Pipfile, setup.cfg, setup.py. Checks and defaults that
// changed between versions are judged for that version; unpinned, for the current Django.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export type Version = readonly [number, number];

export function parseVersion(s: string): Version | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})/.exec(s.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

export function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** since ≤ v < until. */
export function inRange(v: Version, since: Version | undefined, until: Version | undefined): boolean {
  return (since === undefined || compare(v, since) >= 0) && (until === undefined || compare(v, until) < 0);
}

export function formatVersion(v: Version): string {
  return `${v[0]}.${v[1]}`;
}

const FILES = ["pyproject.toml", "Pipfile", "setup.cfg", "setup.py"];

/** A line naming the `django` distribution (not django-environ and the like) with a lower bound or pin. */
const LINE =
  /(?:^|[^\w.-])django["']?[ \t]{0,20}(?:\[[\w, ]{0,80}\])?[ \t]{0,20}["']?[ \t]{0,20}[:=]?[ \t]{0,20}(?:\{[^}\n]{0,100}?version[ \t]{0,20}=[ \t]{0,20})?["']?[ \t]{0,20}(===?|~=|>=|\^|~|>)?[ \t]{0,20}(\d{1,3}\.\d{1,3})/i;

/** Where the version came from and what it is; undefined when nothing pins it. */
export function projectVersion(root: string):
  | {
      version: Version;
      file: string;
      /** The version is the only one allowed (==, ~=, ^, ~, or bare), not a lower bound. */ pinned: boolean;
    }
  | undefined {
  const names = [...requirementFiles(root), ...FILES];
  for (const name of names) {
    let text: string;
    try {
      text = readFileSync(join(root, name), "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n")) {
      if (/^\s*#/.test(line)) continue;
      const m = LINE.exec(line);
      if (!m) continue;
      const v = parseVersion(m[2]!);
      if (v) return { version: v, file: name, pinned: m[1] === undefined || !m[1].startsWith(">") };
    }
  }
  return undefined;
}

function requirementFiles(root: string): string[] {
  const list = (dir: string, prefix: string, test: (n: string) => boolean) => {
    try {
      return readdirSync(join(root, dir))
        .filter(test)
        .sort()
        .map((n) => prefix + n);
    } catch {
      return [];
    }
  };
  return [
    ...list(".", "", (n) => /^requirements.*\.(?:txt|in)$/.test(n)),
    ...list("requirements", "requirements/", (n) => /\.(?:txt|in)$/.test(n)),
  ];
}
