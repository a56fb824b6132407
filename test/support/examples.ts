// A rule example is a line of text, optionally prefixed with "@path " to say which file it sits in
// (the file kind matters: in code a secret must be a quoted literal). Default path: "example.txt".

export interface Example {
  path: string;
  text: string;
}

export function parseExample(raw: string): Example {
  const m = /^@(\S+) ([\s\S]*)$/.exec(raw);
  return m ? { path: m[1]!, text: m[2]! } : { path: "example.txt", text: raw };
}
