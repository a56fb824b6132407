// .leakproof.toml through the real CLI: every mistake is exit 2 with file, line and reason.
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { randomString, insecureDjangoKey } from "../support/fake.js";
import { tempRepo, writeFiles } from "../support/tmp.js";

const key = insecureDjangoKey;

function repoWith(config: string, files: Record<string, string> = {}): string {
  const dir = tempRepo();
  writeFiles(dir, { ".leakproof.toml": config, ...files });
  return dir;
}

describe(".leakproof.toml", () => {
  it.each([
    ["broken TOML", 'disabledRules = ["a"\n', /\.leakproof\.toml:\d+: invalid TOML/],
    ["an unknown key", 'title = "x"\n\ndisabeldRules = []\n', /\.leakproof\.toml:3: unknown key "disabeldRules"/],
    [
      "an unknown rule id to disable",
      'disabledRules = ["no-such-rule"]\n',
      /\.leakproof\.toml:1: disabledRules: no built-in rule "no-such-rule"/,
    ],
    [
      "a rule with an invalid regex",
      '\n[[rules]]\nid = "my-rule"\ndescription = "x"\nregex = "(unclosed"\nkeywords = ["abc"]\n',
      /\.leakproof\.toml:3: rule "my-rule": invalid regex/,
    ],
    [
      "a rule with a secret group beyond its groups",
      '[[rules]]\nid = "my-rule"\ndescription = "x"\nregex = "abc(d)"\nsecretGroup = 2\nkeywords = ["abc"]\n',
      /rule "my-rule": secretGroup 2 is beyond the regex's 1 capture group/,
    ],
    ["a rule without an id", '[[rules]]\ndescription = "x"\nregex = "abc"\n', /rule id undefined must be/],
    [
      "a rule that redefines a built-in one",
      '[[rules]]\nid = "django-secret-key"\ndescription = "x"\nregex = "abc"\nkeywords = ["abc"]\n',
      /already defined .*list its id in disabledRules/,
    ],
    [
      "an unknown weakness check",
      '[[rules]]\nid = "weak"\ndescription = "x"\nregex = "abc"\nkeywords = ["abc"]\nweakness = "strong"\n',
      /rule "weak": weakness must be one of django-secret-key/,
    ],
    [
      "envVarFrom other than rule or name",
      '[[rules]]\nid = "weak"\ndescription = "x"\nregex = "abc"\nkeywords = ["abc"]\nenvVarFrom = "id"\n',
      /rule "weak": envVarFrom must be one of rule, name/,
    ],
    [
      "envVarByName mapping to a name that is not UPPER_SNAKE_CASE",
      '[[rules]]\nid = "weak"\ndescription = "x"\nregex = "abc"\nkeywords = ["abc"]\nenvVarByName = { OLD = "old" }\n',
      /rule "weak": envVarByName must be a table/,
    ],
    [
      "a lookbehind",
      '[[rules]]\nid = "lb"\ndescription = "x"\nregex = "(?<=a)b"\nkeywords = ["ab"]\n',
      /lookbehind is not allowed/,
    ],
    [
      "a rule regex that backtracks exponentially",
      '[[rules]]\nid = "slow"\ndescription = "x"\nregex = "(a+)+b"\nkeywords = ["aa"]\n',
      /\.leakproof\.toml:2: rule "slow": regex can take super-linear time.*exponential backtracking/,
    ],
    [
      "a rule regex whose bounded runs trade characters (200 × 400 steps a position)",
      '[[rules]]\nid = "slow"\ndescription = "x"\nregex = "host=[^;]{1,200}[a-z;]{0,400}?;pwd=(x+)"\nkeywords = ["pwd="]\n',
      /rule "slow": regex can take super-linear time.*80000 steps/,
    ],
    [
      "an allowlist regex that backtracks",
      '[allowlist]\nregexes = ["^(a|aa)+$"]\n',
      /allowlist\.regexes "\^\(a\|aa\)\+\$" can take super-linear time/,
    ],
    [
      "a rule's path regex that backtracks",
      '[[rules]]\nid = "pp"\ndescription = "x"\nregex = "abc"\nkeywords = ["abc"]\npaths = ["(x+x+)+y"]\n',
      /rule "pp": paths "\(x\+x\+\)\+y" can take super-linear time/,
    ],
    ["an unknown key that looks like a regex", 'title = "t"\n"(" = 2\n', /\.leakproof\.toml:2: unknown key "\("/],
    ["a slow regex as a key name", '"(a|a)*c" = 1\n', /\.leakproof\.toml:1: unknown key "\(a\|a\)\*c"/],
    [
      "a non-ASCII keyword",
      '[[rules]]\nid = "uu"\ndescription = "x"\nregex = "clé=(\\\\w+)"\nkeywords = ["clé="]\n',
      /rule "uu": keyword "clé=" must be ASCII/,
    ],
  ])("refuses %s with exit 2", (_what, config, message) => {
    const dir = repoWith(config);
    const r = leakproof(["dir"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("refuses a --config file that does not exist", () => {
    const dir = tempRepo();
    const r = leakproof(["dir", "--config", "nope.toml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nope.toml: config file not found");
  });

  it("adds rules, disables rules, allowlists values and ignores paths", () => {
    const token = "acme_" + randomString(32, "loweralnum");
    const dir = repoWith(
      [
        'disabledRules = ["django-insecure-key", "django-secret-key", "generic-secret"]',
        'ignore = ["fixtures/"]',
        "",
        "[allowlist]",
        'stopwords = ["sandbox"]',
        "",
        "[[rules]]",
        'id = "acme-api-key"',
        'description = "ACME API key"',
        "regex = '''acme_[a-z0-9]{32}'''",
        'keywords = ["acme_"]',
        "literalInCode = false",
      ].join("\n"),
      {
        "settings.py": `SECRET_KEY = '${key()}'\n`,
        "client.py": `ACME = "${token}"\nOTHER = "acme_sandbox${randomString(25, "loweralnum")}"\n`,
        "fixtures/client.py": `ACME = "${token}"\n`,
      },
    );
    const r = leakproof(["dir", "--format", "json"], { cwd: dir });
    expect(r.stderr).toBe("");
    const found = JSON.parse(r.stdout).findings.map((f: { ruleId: string; file: string; line: number }) => [
      f.ruleId,
      f.file,
      f.line,
    ]);
    expect(found).toEqual([["acme-api-key", "client.py", 1]]);
  });

  it("is read from the repository root even when scanning from a subdirectory", () => {
    const dir = repoWith('disabledRules = ["django-insecure-key", "django-secret-key", "generic-secret"]\n', {
      "app/settings.py": `SECRET_KEY = '${key()}'\n`,
    });
    expect(leakproof(["dir", "."], { cwd: `${dir}/app` }).code).toBe(0);
    expect(leakproof(["dir", "-C", `${dir}/app`], { cwd: dir }).code).toBe(0);
  });
});
