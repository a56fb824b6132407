// Reads of the environment, as each configuration library does them, judged by their default:
// `os.environ.get("DEBUG", "True")` is "True" when DEBUG is unset. A read without a default is
// "required": the deployment must set it, so its value is not judged here.
import { type Val, NONE, bool, num, str, unknown, withDeps } from "./value.js";

export interface Args {
  positional: Val[];
  keyword: Map<string, Val>;
}

/** python-decouple's strtobool table (and marshmallow's, close enough for defaults). */
const BOOLEANS: Record<string, boolean> = {
  "1": true,
  yes: true,
  y: true,
  true: true,
  on: true,
  t: true,
  "0": false,
  no: false,
  n: false,
  false: false,
  off: false,
  f: false,
  "": false,
};

/** django-environ's and environs' typed readers (env.bool, env.list, …): the cast each applies. */
const TYPED = new Set(["str", "bool", "int", "float", "list", "tuple", "dict", "json", "url", "path", "decimal"]);

/** The value of a call, if the callee reads the environment; undefined otherwise. */
export function readEnv(callee: Val, args: Args): Val | undefined {
  if (callee.t === "ref") return readByPath(callee.path, args);
  return undefined;
}

/** `env.bool` and friends on a configuration object: the callee is the object and a method name. */
export function readEnvMethod(obj: Val, method: string | undefined, args: Args): Val | undefined {
  if (obj.t !== "envobj") return undefined;
  const name = nameArg(args);
  if (name === undefined) return unknown("environment read with a computed name");
  if (method !== undefined && !TYPED.has(method) && !method.endsWith("_url") && method !== "db" && method !== "cache")
    return undefined;
  // env("X", default=…) or env.bool("X", False) / env.bool("X", default=False).
  let cast = method;
  let dflt = args.keyword.get("default");
  // django-environ's list/tuple/dict take a cast second: env.list(var, cast=None, default=NOTSET).
  const castFirst = obj.lib === "django-environ" && (method === "list" || method === "tuple" || method === "dict");
  if (obj.lib === "environs" || method !== undefined) dflt ??= args.positional[castFirst ? 2 : 1];
  if (method === undefined && obj.lib === "django-environ") {
    const scheme = obj.scheme.get(name);
    cast = castName(args.keyword.get("cast") ?? args.positional[1]) ?? scheme?.cast;
    dflt ??= args.positional[2] ?? scheme?.default;
  }
  if (dflt === undefined) return required(name);
  // Neither library casts a default (django-environ only with parse_default=True).
  const parse = args.keyword.get("parse_default");
  const v = parse?.t === "bool" && parse.v && cast ? castTo(cast, dflt) : dflt;
  return withDeps(v, { t: "none", env: [name] }, dflt);
}

function readByPath(path: string, args: Args): Val | undefined {
  switch (path) {
    case "os.environ.get":
    case "os.getenv":
    case "os.environ.setdefault": {
      const name = nameArg(args);
      if (name === undefined) return unknown("environment read with a computed name");
      const dflt = args.positional[1] ?? args.keyword.get("default") ?? NONE;
      return withDeps(dflt, { t: "none", env: [name] });
    }
    case "decouple.config": {
      const name = nameArg(args);
      if (name === undefined) return unknown("environment read with a computed name");
      const dflt = args.keyword.get("default") ?? args.positional[1];
      if (dflt === undefined) return required(name);
      // decouple casts its default like a value read from the environment.
      const cast = args.keyword.get("cast") ?? args.positional[2];
      const v = cast === undefined ? dflt : castTo(castName(cast) ?? "?", dflt, "decouple");
      return withDeps(v, { t: "none", env: [name] }, dflt);
    }
  }
  return undefined;
}

/** `os.environ["X"]`: required. */
export function required(name: string): Val {
  return { t: "unknown", why: `read from ${name} without a default`, required: [name] };
}

function nameArg(args: Args): string | undefined {
  const n = args.positional[0] ?? args.keyword.get("var") ?? args.keyword.get("key") ?? args.keyword.get("option");
  return n?.t === "str" ? n.v : undefined;
}

/** bool / int / str / Csv() as a cast argument. */
function castName(v: Val | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (v.t === "ref") {
    const last = v.path.split(".").pop()!;
    return last;
  }
  if (v.t === "list") return "list";
  return "?";
}

/** A default after a library's cast. Unknown casts give unknown values. */
export function castTo(cast: string, v: Val, lib: "decouple" | "environ" = "environ"): Val {
  if (v.t === "unknown") return v;
  switch (cast) {
    case "bool":
      if (v.t === "bool") return v;
      if (v.t === "str") {
        const b = BOOLEANS[v.v.trim().toLowerCase()];
        return b === undefined ? unknown(`${JSON.stringify(v.v)} is not a boolean`) : bool(b);
      }
      if (v.t === "num") return bool(v.v !== 0);
      if (v.t === "none") return lib === "decouple" ? unknown("None cast to bool") : bool(false);
      return unknown("cast to bool");
    case "int":
    case "float": {
      if (v.t === "num") return v;
      if (v.t === "bool") return num(v.v ? 1 : 0);
      if (v.t === "str" && /^\s*[-+]?\d[\d_]*(?:\.\d+)?\s*$/.test(v.v)) return num(Number(v.v.replace(/_/g, "")));
      return unknown(`${cast}() of a non-number`);
    }
    case "str":
      if (v.t === "str") return v;
      return unknown("str() of a non-string");
    case "Csv()":
    case "list":
    case "tuple":
      if (v.t === "list" || v.t === "tuple") return v;
      if (v.t === "str")
        return {
          t: cast === "tuple" ? "tuple" : "list",
          items: v.v
            .split(",")
            .map((s) => s.trim())
            .filter((s) => s.length > 0)
            .map(str),
        };
      return unknown(`${cast} of a non-string`);
    default:
      return unknown(`cast with ${cast}`);
  }
}
