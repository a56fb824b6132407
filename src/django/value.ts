// What a settings expression evaluates to, statically: a Python value, or "unknown", plus the
// environment variables it was read from (judged by their defaults: what production gets when the
// variable is not set) and those it needs without a default (set by each deployment, not judged).

export type Py =
  | { t: "none" }
  | { t: "bool"; v: boolean }
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "list" | "tuple" | "set"; items: Val[] }
  | { t: "dict"; entries: Array<[Val, Val]> }
  /** An imported module, function or class we know by its dotted name: `os.environ`, `decouple.config`. */
  | { t: "ref"; path: string }
  /** A configuration object: django-environ's or environs' `Env()`, with django-environ's scheme. */
  | { t: "envobj"; lib: "django-environ" | "environs"; scheme: Map<string, { cast?: string; default?: Val }> }
  | { t: "unknown"; why: string };

export type Val = Py & {
  /** Environment variables read with a default: the value is what production gets when they are unset. */
  env?: string[];
  /** Environment variables read without a default: the value is whatever the deployment sets. */
  required?: string[];
};

export const NONE: Val = { t: "none" };
export const TRUE: Val = { t: "bool", v: true };
export const FALSE: Val = { t: "bool", v: false };

export function unknown(why: string, ...from: Val[]): Val {
  return withDeps({ t: "unknown", why }, ...from);
}
export function str(v: string): Val {
  return { t: "str", v };
}
export function bool(v: boolean): Val {
  return { t: "bool", v };
}
export function num(v: number): Val {
  return { t: "num", v };
}

/** `v` carrying the environment dependencies of `from` as well as its own. */
export function withDeps(v: Val, ...from: Val[]): Val {
  const env = new Set(v.env);
  const required = new Set(v.required);
  for (const f of from) {
    for (const e of f.env ?? []) env.add(e);
    for (const e of f.required ?? []) required.add(e);
  }
  const out: Val = { ...v };
  if (env.size > 0) out.env = [...env];
  else delete out.env;
  if (required.size > 0) out.required = [...required];
  else delete out.required;
  return out;
}

/** Python's truth value, or undefined when it cannot be known. */
export function truthy(v: Val): boolean | undefined {
  switch (v.t) {
    case "none":
      return false;
    case "bool":
      return v.v;
    case "num":
      return v.v !== 0;
    case "str":
      return v.v.length > 0;
    case "list":
    case "tuple":
    case "set":
      return v.items.length > 0;
    case "dict":
      return v.entries.length > 0;
    case "ref":
    case "envobj":
      return true;
    case "unknown":
      return undefined;
  }
}

/** Python's `==`, or undefined when either side is unknown. */
export function equal(a: Val, b: Val): boolean | undefined {
  if (a.t === "unknown" || b.t === "unknown") return undefined;
  // True == 1 and False == 0 in Python.
  const n = (x: Val) => (x.t === "bool" ? (x.v ? 1 : 0) : x.t === "num" ? x.v : undefined);
  if (n(a) !== undefined && n(b) !== undefined) return n(a) === n(b);
  if (a.t === "str" && b.t === "str") return a.v === b.v;
  if (a.t === "none" || b.t === "none") return a.t === b.t;
  if ((a.t === "list" || a.t === "tuple") && a.t === b.t) {
    if (a.items.length !== b.items.length) return false;
    let all: boolean | undefined = true;
    a.items.forEach((x, i) => {
      const e = equal(x, b.items[i]!);
      if (e === false) all = false;
      else if (e === undefined && all) all = undefined;
    });
    return all;
  }
  if (a.t === "ref" && b.t === "ref") return a.path === b.path;
  if (a.t !== b.t) return false;
  return undefined;
}

/** `needle in haystack`, or undefined when it cannot be known. */
export function contains(haystack: Val, needle: Val): boolean | undefined {
  if (haystack.t === "str" && needle.t === "str") return haystack.v.includes(needle.v);
  if (haystack.t === "list" || haystack.t === "tuple" || haystack.t === "set") {
    let maybe = false;
    for (const item of haystack.items) {
      const e = equal(item, needle);
      if (e === true) return true;
      if (e === undefined) maybe = true;
    }
    return maybe ? undefined : false;
  }
  if (haystack.t === "dict") return contains({ t: "list", items: haystack.entries.map(([k]) => k) }, needle);
  return undefined;
}

/** The value as Python would print it (repr), for reports. */
export function repr(v: Val): string {
  switch (v.t) {
    case "none":
      return "None";
    case "bool":
      return v.v ? "True" : "False";
    case "num":
      return String(v.v);
    case "str":
      return JSON.stringify(v.v);
    case "list":
      return `[${v.items.map(repr).join(", ")}]`;
    case "tuple":
      return `(${v.items.map(repr).join(", ")}${v.items.length === 1 ? "," : ""})`;
    case "set":
      return `{${v.items.map(repr).join(", ")}}`;
    case "dict":
      return `{${v.entries.map(([k, x]) => `${repr(k)}: ${repr(x)}`).join(", ")}}`;
    case "ref":
      return v.path;
    case "envobj":
      return "Env()";
    case "unknown":
      return "?";
  }
}

/** The items of a sequence, or undefined. */
export function itemsOf(v: Val): Val[] | undefined {
  return v.t === "list" || v.t === "tuple" || v.t === "set" ? v.items : undefined;
}

/** A sequence of the same kind as `like` (list, tuple or set) holding `items`. */
export function sameKind(like: Val, items: Val[]): Val {
  const t = like.t === "tuple" || like.t === "set" ? like.t : "list";
  return { t, items };
}
