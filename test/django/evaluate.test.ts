// The settings evaluator on hand-written modules (no files, no Django): what Python would compute,
// environment reads judged by their defaults, and what is left unknown.
import { describe, expect, it } from "vitest";
import { Evaluator } from "../../src/django/evaluate.js";
import { SettingsSyntaxError } from "../../src/django/source.js";
import { repr, type Val } from "../../src/django/value.js";

/** Evaluates `main` among `files` (module name → source). */
function evaluate(files: Record<string, string>, main = "settings") {
  const ev = new Evaluator((m) =>
    files[m] !== undefined ? { file: `${m.replace(/\./g, "/")}.py`, text: files[m] } : undefined,
  );
  const mod = ev.module(main);
  if (!mod) throw new Error("not found");
  return { ns: mod.ns, notes: ev.notes };
}

function value(src: string, name: string, files: Record<string, string> = {}): Val {
  const v = evaluate({ ...files, settings: src }).ns.get(name)?.value;
  if (!v) throw new Error(`${name} not set`);
  return v;
}

describe("literals and structure", () => {
  it.each([
    ["X = True", "True"],
    ["X = 2_592_000", "2592000"],
    ["X = 0x10", "16"],
    ["X = 'DENY'", '"DENY"'],
    ['X = r"a\\d" "b"', '"a\\\\db"'],
    ["X = None", "None"],
    ["X = ('a',)", '("a",)'],
    ["X = 1, 2", "(1, 2)"],
    ["X = -1", "-1"],
    ["X = {'a': [1, {'b': None}]}", '{"a": [1, {"b": None}]}'],
    ["X = [\n    'a',\n    'b',  # comment\n]", '["a", "b"]'],
    ["A = ['x']\nX = [*A, 'y']", '["x", "y"]'],
    ["X = {'a': 1, **{'b': 2}}", '{"a": 1, "b": 2}'],
    ["X = ['a']\nX += ['b']\nX += ('c',)", '["a", "b", "c"]'],
    ["X = ['a', 'b']\nX.insert(0, 'z')\nX.append('y')\nX.remove('a')", '["z", "b", "y"]'],
    ["X = ['a']\nX.extend(['b'])", '["a", "b"]'],
    ["X = Y = 3", "3"],
    ["X, Z = 1, 2", "1"],
    ["X: int = 5", "5"],
    ["X = 1 if True else 2", "1"],
    ["X = 'a' in ['a', 'b']", "True"],
    ["X = 'c' not in ('a', 'b')", "True"],
    ["X = None is None", "True"],
    ["X = 0 or 'default'", '"default"'],
    ["X = 'A,B'.lower().split(',')", '["a", "b"]'],
    ["X = bool(int('0'))", "False"],
    ["X = [1][0]", "1"],
    ["X = {'k': 'v'}['k']", '"v"'],
  ])("%s", (src, want) => {
    expect(repr(value(src, "X"))).toBe(want);
  });

  it("leaves what it cannot compute unknown, with why", () => {
    const v = value("from pathlib import Path\nX = Path(__file__).parent / 'db'", "X");
    expect(v.t).toBe("unknown");
    expect(value("X = [a for a in range(3)]", "X").t).toBe("unknown");
    expect(value("X = f'{Y}'", "X").t).toBe("unknown");
  });

  it("a later assignment wins; `del` removes", () => {
    const { ns } = evaluate({ settings: "DEBUG = True\nDEBUG = False\nX = 1\ndel X" });
    expect(repr(ns.get("DEBUG")!.value)).toBe("False");
    expect(ns.get("DEBUG")!.line).toBe(2);
    expect(ns.has("X")).toBe(false);
  });

  it("refuses a file Python could not parse, naming the line", () => {
    expect(() => evaluate({ settings: "DEBUG = True\nALLOWED_HOSTS = [\n" })).toThrow(SettingsSyntaxError);
    expect(() => evaluate({ settings: "A = 1\nB = = 2\n" })).toThrow(/settings\.py:2/);
  });
});

describe("environment reads, judged by their defaults", () => {
  const cases: Array<[string, string, string, string[]]> = [
    // source, setting, value with the variable unset, variables
    ['import os\nDEBUG = os.environ.get("DJANGO_DEBUG", "True") == "True"', "DEBUG", "True", ["DJANGO_DEBUG"]],
    ['import os\nDEBUG = os.getenv("DJANGO_DEBUG") == "1"', "DEBUG", "False", ["DJANGO_DEBUG"]],
    ['from os import environ\nDEBUG = environ.get("D", "false").lower() in ("1", "true")', "DEBUG", "False", ["D"]],
    ['import os\nDEBUG = bool(int(os.environ.get("D", 1)))', "DEBUG", "True", ["D"]],
    ['import os\nDEBUG = "D" in os.environ', "DEBUG", "False", []],
    [
      'import environ\nenv = environ.Env()\nDEBUG = env.bool("DJANGO_DEBUG", default=True)',
      "DEBUG",
      "True",
      ["DJANGO_DEBUG"],
    ],
    [
      'import environ\nenv = environ.Env()\nDEBUG = env.bool("DJANGO_DEBUG", False)',
      "DEBUG",
      "False",
      ["DJANGO_DEBUG"],
    ],
    ['import environ\nenv = environ.Env(DEBUG=(bool, True))\nDEBUG = env("DEBUG")', "DEBUG", "True", ["DEBUG"]],
    [
      'import environ\nenv = environ.Env()\nALLOWED_HOSTS = env.list("HOSTS", default=["*"])',
      "ALLOWED_HOSTS",
      '["*"]',
      ["HOSTS"],
    ],
    ['from decouple import config\nDEBUG = config("DEBUG", default=True, cast=bool)', "DEBUG", "True", ["DEBUG"]],
    ['from decouple import config\nDEBUG = config("DEBUG", default="off", cast=bool)', "DEBUG", "False", ["DEBUG"]],
    [
      'from decouple import config, Csv\nALLOWED_HOSTS = config("HOSTS", default="a.com, b.com", cast=Csv())',
      "ALLOWED_HOSTS",
      '["a.com", "b.com"]',
      ["HOSTS"],
    ],
    [
      'from decouple import config\nSECURE_HSTS_SECONDS = config("HSTS", default="60", cast=int)',
      "SECURE_HSTS_SECONDS",
      "60",
      ["HSTS"],
    ],
    [
      'from environs import Env\nenv = Env()\nenv.read_env()\nDEBUG = env.bool("DEBUG", True)',
      "DEBUG",
      "True",
      ["DEBUG"],
    ],
    [
      'import os\nDEBUG = (\n    os.environ.get(\n        "DJANGO_DEBUG",\n        "True",\n    )\n    == "True"\n)',
      "DEBUG",
      "True",
      ["DJANGO_DEBUG"],
    ],
  ];
  it.each(cases)("%s", (src, name, want, vars) => {
    const v = value(src, name);
    expect(repr(v)).toBe(want);
    if (vars.length > 0) expect(v.env).toEqual(vars);
  });

  it("a read without a default is the deployment's: unknown, and named as required", () => {
    for (const src of [
      'import os\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]',
      'import environ\nenv = environ.Env()\nSECRET_KEY = env("DJANGO_SECRET_KEY")',
      'from decouple import config\nSECRET_KEY = config("DJANGO_SECRET_KEY")',
      'from environs import Env\nenv = Env()\nSECRET_KEY = env.str("DJANGO_SECRET_KEY")',
    ]) {
      const v = value(src, "SECRET_KEY");
      expect(v.t, src).toBe("unknown");
      expect(v.required, src).toEqual(["DJANGO_SECRET_KEY"]);
    }
  });
});

describe("conditionals", () => {
  it("`if not DEBUG:` runs when DEBUG is off, and carries DEBUG's environment dependency", () => {
    const src = `import os
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
if not DEBUG:
    SECURE_SSL_REDIRECT = True
else:
    SECURE_SSL_REDIRECT = False
`;
    const v = value(src, "SECURE_SSL_REDIRECT");
    expect(repr(v)).toBe("True");
    expect(v.env).toEqual(["DJANGO_DEBUG"]);
  });

  it("elif chains pick the first true branch", () => {
    expect(
      repr(value("A = 2\nif A == 1:\n    X = 'one'\nelif A == 2:\n    X = 'two'\nelse:\n    X = 'many'", "X")),
    ).toBe('"two"');
  });

  it("an undecidable condition: names set alike keep their value, others become unknown", () => {
    const src = `import sys
X = 1
if "runserver" in sys.argv:
    DEBUG = True
    SAME = 3
else:
    DEBUG = False
    SAME = 3
`;
    const { ns } = evaluate({ settings: src });
    expect(ns.get("DEBUG")!.value.t).toBe("unknown");
    expect((ns.get("DEBUG")!.value as { why: string }).why).toMatch(/runserver/);
    expect(repr(ns.get("SAME")!.value)).toBe("3");
    expect(repr(ns.get("X")!.value)).toBe("1");
  });

  it("try/except ImportError: a missing module runs the handler, keeping what ran before", () => {
    const src = `DEBUG = False
try:
    A = 1
    from .local import *
    B = 2
except ImportError:
    C = 3
`;
    const { ns } = evaluate({ settings: src }, "settings");
    expect(ns.has("A")).toBe(true);
    expect(ns.has("B")).toBe(false);
    expect(ns.has("C")).toBe(true);
  });
});

describe("split settings", () => {
  it("follows `from .base import *` chains; later assignments win; locations stay where each was set", () => {
    const files = {
      "config.settings.base": "DEBUG = True\nALLOWED_HOSTS = []\nMIDDLEWARE = ['a']\n",
      "config.settings.common": "from .base import *\nMIDDLEWARE += ['b']\n",
      "config.settings.production": "from .common import *  # noqa\nDEBUG = False\n",
    };
    const { ns } = evaluate(files, "config.settings.production");
    expect(repr(ns.get("DEBUG")!.value)).toBe("False");
    expect(ns.get("DEBUG")!.file).toBe("config/settings/production.py");
    expect(ns.get("ALLOWED_HOSTS")!.file).toBe("config/settings/base.py");
    expect(repr(ns.get("MIDDLEWARE")!.value)).toBe('["a", "b"]');
    expect(ns.get("MIDDLEWARE")!.file).toBe("config/settings/common.py");
  });

  it("absolute imports of project modules and named imports", () => {
    const files = {
      "proj.settings.base": "import environ\nenv = environ.Env()\nDEBUG = False\n",
      "proj.settings.prod":
        "from proj.settings.base import *\nfrom proj.settings.base import env\nDEBUG = env.bool('D', default=True)\n",
    };
    expect(repr(evaluate(files, "proj.settings.prod").ns.get("DEBUG")!.value)).toBe("True");
  });

  it("a package's __init__ resolves relative imports inside the package", () => {
    const ev = new Evaluator((m) =>
      m === "proj.settings"
        ? { file: "proj/settings/__init__.py", text: "from .base import *\n" }
        : m === "proj.settings.base"
          ? { file: "proj/settings/base.py", text: "DEBUG = True\n" }
          : undefined,
    );
    expect(repr(ev.module("proj.settings")!.ns.get("DEBUG")!.value)).toBe("True");
  });

  it("a project module that is not there (a git-ignored local.py) is skipped with a note; the rest is read", () => {
    const { ns, notes } = evaluate({ settings: "DEBUG = True\nfrom .local import *\nDEBUG = False\n" });
    expect(repr(ns.get("DEBUG")!.value)).toBe("False");
    expect(notes.join("\n")).toMatch(/settings\.py: an import is not followed \(local is not in the project\)/);
  });

  it("a star import of a library is noted, not followed", () => {
    const { notes } = evaluate({ settings: "from some_lib.defaults import *\n" });
    expect(notes.join("\n")).toMatch(/some_lib\.defaults/);
  });
});
