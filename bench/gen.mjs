// Generates, deterministically, a tree that looks like a directory of real repositories:
// source in several languages, configs, docs, lock files, minified bundles and a few binaries,
// with keyword-heavy identifiers that are not secrets and a few hundred planted fake secrets.
// Every fake secret is built here at runtime from a prefix and random characters.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Rand } from "./common.mjs";

/** Bump when the generator's output changes, so a stale tree is regenerated. */
export const GEN_VERSION = 2;

// ---------------------------------------------------------------------------------------------
// Randomness: mulberry32, the same small generator as test/support/fake.ts.

const CH = {
  alnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  hex: "0123456789abcdef",
  base64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  base64url: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
  django: "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)",
  lower: "abcdefghijklmnopqrstuvwxyz",
  short: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$",
};

// ---------------------------------------------------------------------------------------------
// Vocabulary.

const WORDS = (
  "user account order item list config data value result handler request response client server cache " +
  "session message event queue worker task job file path name index count total size buffer stream reader " +
  "writer parser node tree graph model view controller service manager factory builder record entry field " +
  "column row table query filter sort page limit offset start end time date status state error log debug " +
  "info format render template style color image upload download login email phone address city country " +
  "price amount currency payment invoice customer product cart checkout shipping report metric counter " +
  "timer retry backoff policy rule group role member team project repo branch commit build deploy release " +
  "version schema migration channel socket packet frame header body payload batch chunk block region zone " +
  "cluster pod container volume mount tag label annotation selector widget button modal dialog form input " +
  "select option menu layout grid panel card context options params args settings registry plugin module " +
  "package import export source target mapping key hash digest checksum notify subscriber publisher topic"
).split(" ");

/** Identifier parts that contain a scanner keyword but are not secrets. */
const KW_PARTS = (
  "token tokens tokenizer tokenize access_token refresh_token token_type csrf_token id_token token_url " +
  "password_field password_hash password_reset confirm_password password_input new_password password_policy " +
  "secret_name secret_ref secret_arn secrets_manager client_secret_path secret_key_length " +
  "passthrough bypass compass passenger passport pass_count passes pwd old_pwd " +
  "credentials credential_store credential_provider api_key_header api_key_name apikey_param " +
  "private_key_path private_key_file access_key_id bearer_format authorization_url authorization " +
  "auth_key_name signing_key_id encryption_key_ref"
).split(" ");

const SENT = (
  "the a an this that we it is are was be to of and in for on with as by at from or not if when then " +
  "returns handles creates updates removes checks parses loads stores sends receives validates builds " +
  "should must may will can only every each first last new old default current given optional required"
).split(" ");

function camelOf(parts) {
  return parts.map((p, i) => (i === 0 ? p : p[0].toUpperCase() + p.slice(1))).join("");
}
function splitParts(s) {
  return s.split(/[_\s]+/).filter(Boolean);
}

class Lex {
  constructor(r) {
    this.r = r;
  }
  words(n) {
    const a = [];
    for (let i = 0; i < n; i++) a.push(this.r.pick(WORDS));
    return a;
  }
  snake(n = this.r.int(1, 3)) {
    return this.words(n).join("_");
  }
  camel(n = this.r.int(1, 3)) {
    return camelOf(this.words(n));
  }
  pascal(n = this.r.int(1, 3)) {
    const c = this.camel(n);
    return c[0].toUpperCase() + c.slice(1);
  }
  upper(n = this.r.int(1, 3)) {
    return this.snake(n).toUpperCase();
  }
  /** An identifier containing a keyword, in the given style. */
  kw(style = "snake") {
    const parts = splitParts(this.r.pick(KW_PARTS));
    if (this.r.chance(0.4)) parts.unshift(this.r.pick(WORDS));
    if (style === "camel") return camelOf(parts);
    if (style === "pascal") {
      const c = camelOf(parts);
      return c[0].toUpperCase() + c.slice(1);
    }
    if (style === "upper") return parts.join("_").toUpperCase();
    if (style === "kebab") return parts.join("-");
    return parts.join("_");
  }
  sentence(lo = 4, hi = 12) {
    const n = this.r.int(lo, hi);
    const a = [];
    for (let i = 0; i < n; i++) a.push(this.r.chance(0.45) ? this.r.pick(SENT) : this.r.pick(WORDS));
    if (this.r.chance(0.04)) a.splice(this.r.int(0, a.length), 0, this.r.pick(KW_PARTS).replace(/_/g, " "));
    return a.join(" ");
  }
  args(style, n = this.r.int(0, 3)) {
    const a = [];
    for (let i = 0; i < n; i++) a.push(style === "camel" ? this.camel(this.r.int(1, 2)) : this.snake(this.r.int(1, 2)));
    return a.join(", ");
  }
  num() {
    return String(this.r.chance(0.5) ? this.r.int(0, 10) : this.r.int(0, 100000));
  }
}

// ---------------------------------------------------------------------------------------------
// Planted secrets. Each returns { text, kind } for one line; `inline` is for minified bundles.

function strongish(r, n, set) {
  // Keep planted values clearly random: no long runs, no English stopwords from the allowlists.
  for (;;) {
    const s = r.chars(n, set);
    const l = s.toLowerCase();
    if (/(test|demo|none|null|example|sample|fake|your|xxx|dummy|secret|password|undefined)/.test(l)) continue;
    if (/^[A-Z][A-Z0-9_]{2,}$/.test(s) || /^\d+$/.test(s) || /^[a-z]+(?:[_-][a-z0-9]+){2,}$/.test(s)) continue;
    if (shannon(s) < (n >= 16 ? 3.8 : 3.3)) continue;
    return s;
  }
}

function shannon(s) {
  const counts = new Map();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) h -= (c / s.length) * Math.log2(c / s.length);
  return h;
}

const part = (...p) => p.join("");

const PLANTS = {
  py: [
    (r) => `SECRET_KEY = '${part("django", "-insecure-")}${strongish(r, 50, CH.django)}'`,
    (r) => `SECRET_KEY = '${strongish(r, 50, CH.django)}'`,
    (r) => `DB_PASSWORD = "${strongish(r, 16, CH.alnum)}"`,
    (r) => `API_KEY = "${strongish(r, 32, CH.alnum)}"`,
    (r) => `GITHUB_TOKEN = "${part("gh", "p_")}${strongish(r, 36, CH.alnum)}"`,
    (r) => `SECRET_KEY = os.getenv('SECRET_KEY', '${strongish(r, 50, CH.django)}')`,
  ],
  js: [
    (r) => `const apiKey = '${strongish(r, 40, CH.alnum)}';`,
    (r) => `const password = '${strongish(r, 14, CH.alnum)}';`,
    (r) => `  accessToken: "${strongish(r, 32, CH.alnum)}",`,
    (r) => `const stripeSecret = "${part("sk", "_live_")}${strongish(r, 24, CH.alnum)}";`,
  ],
  go: [
    (r) => `var apiSecret = "${strongish(r, 32, CH.hex)}"`,
    (r) => `const githubToken = "${part("gh", "p_")}${strongish(r, 36, CH.alnum)}"`,
  ],
  java: [
    (r) => `    private static final String API_TOKEN = "${strongish(r, 32, CH.alnum)}";`,
    (r) => `    private static final String DB_PASSWORD = "${strongish(r, 16, CH.alnum)}";`,
  ],
  yaml: [
    (r) => `  password: ${strongish(r, 18, CH.alnum)}`,
    (r) => `  client_secret: ${strongish(r, 40, CH.base64url)}`,
    (r) => `      - SECRET_KEY=${strongish(r, 50, CH.django)}`,
    (r) => `  aws_secret_access_key: ${strongish(r, 40, CH.base64)}`,
  ],
  json: [
    (r) => `  "auth_token": "${strongish(r, 32, CH.alnum)}",`,
    (r) => `  "password": "${strongish(r, 18, CH.alnum)}",`,
  ],
  env: [
    (r) => `DATABASE_PASSWORD=${strongish(r, 20, CH.alnum)}`,
    (r) => `SERVICE_TOKEN=${strongish(r, 32, CH.hex)}`,
    (r) => `DJANGO_SECRET_KEY=${strongish(r, 50, CH.django)}`,
    (r) => `SLACK_BOT_TOKEN=${part("xo", "xb-")}${r.chars(12, "0123456789")}-${strongish(r, 24, CH.alnum)}`,
  ],
  md: [
    (r) => `curl -H "Authorization: Bearer ${strongish(r, 40, CH.alnum)}" https://api.example.com/v1/items`,
    (r) => `export API_KEY=${strongish(r, 32, CH.alnum)}`,
  ],
  min: [(r) => `apiKey:"${strongish(r, 40, CH.alnum)}"`, (r) => `clientSecret:"${strongish(r, 32, CH.alnum)}"`],
};

// ---------------------------------------------------------------------------------------------
// File generators: each returns an array of lines close to `bytes` long in total.
// `plant` is a list of plant functions to insert; their line numbers are recorded.

function fill(target, lines, step) {
  let bytes = 0;
  for (const l of lines) bytes += l.length + 1;
  while (bytes < target) {
    const before = lines.length;
    step(lines);
    for (let i = before; i < lines.length; i++) bytes += lines[i].length + 1;
  }
  return lines;
}

function genPython(r, L, target) {
  const lines = [`"""${L.sentence()}."""`, ""];
  for (let i = r.int(2, 8); i > 0; i--) {
    lines.push(
      r.chance(0.5) ? `import ${L.snake(1)}` : `from ${L.snake(1)}.${L.snake(1)} import ${L.pascal()}, ${L.snake()}`,
    );
  }
  if (r.chance(0.2)) lines.push("import os");
  lines.push("", "");
  const stmt = (ind, ls) => {
    const x = r.next();
    if (x < 0.012) {
      const k = L.kw();
      ls.push(
        r.pick([
          `${ind}${k} = ${L.snake()}(request)`,
          `${ind}${k} = os.environ["${k.toUpperCase()}"]`,
          `${ind}if not ${k}:`,
          `${ind}self.${k} = None`,
          `${ind}${L.snake()} = self.${k}.${L.snake(1)}(${L.args()})`,
          `${ind}${k} = forms.CharField(max_length=${L.num()})`,
          `${ind}# ${L.sentence()} ${k}`,
        ]),
      );
    } else if (x < 0.3) ls.push(`${ind}${L.snake()} = ${L.snake()}(${L.args()})`);
    else if (x < 0.42) ls.push(`${ind}${L.snake()} = self.${L.snake()}.${L.snake(1)}(${L.args()})`);
    else if (x < 0.5) ls.push(`${ind}if ${L.snake()} is None:`, `${ind}    return ${L.snake()}`);
    else if (x < 0.56)
      ls.push(`${ind}for ${L.snake(1)} in ${L.snake()}:`, `${ind}    ${L.snake()}.append(${L.snake(1)})`);
    else if (x < 0.64) ls.push(`${ind}# ${L.sentence()}`);
    else if (x < 0.7)
      ls.push(`${ind}logger.${r.pick(["info", "debug", "warning"])}("${L.sentence(3, 8)} %s", ${L.snake()})`);
    else if (x < 0.74) ls.push(`${ind}raise ValueError(f"${L.sentence(3, 7)}: {${L.snake(1)}}")`);
    else if (x < 0.78) ls.push(`${ind}${L.snake()} = "${L.sentence(1, 4)}"`);
    else if (x < 0.84) ls.push(`${ind}${L.snake()} = ${L.num()}`);
    else if (x < 0.88)
      ls.push(
        `${ind}try:`,
        `${ind}    ${L.snake()}.${L.snake(1)}()`,
        `${ind}except ${L.pascal()}Error:`,
        `${ind}    pass`,
      );
    else if (x < 0.93)
      ls.push(`${ind}${L.snake()}[${L.snake(1)}] = {"${L.snake(1)}": ${L.snake(1)}, "${L.snake(1)}": ${L.num()}}`);
    else ls.push(`${ind}return ${L.snake()}`);
  };
  return fill(target, lines, (ls) => {
    if (r.chance(0.35)) {
      ls.push(`class ${L.pascal()}(${L.pascal()}):`, `    """${L.sentence()}."""`, "");
      for (let m = r.int(1, 6); m > 0; m--) {
        ls.push(`    def ${L.snake()}(self${r.chance(0.7) ? ", " + L.args("snake", r.int(1, 3)) : ""}):`);
        if (r.chance(0.4)) ls.push(`        """${L.sentence()}."""`);
        for (let s = r.int(1, 14); s > 0; s--) stmt("        ", ls);
        if (r.chance(0.1)) ls.push("        pass");
        ls.push("");
      }
      ls.push("");
    } else {
      if (r.chance(0.2)) ls.push(`@${L.snake(1)}.${L.snake(1)}`);
      ls.push(`def ${L.snake()}(${L.args("snake", r.int(0, 4))}):`);
      if (r.chance(0.5)) ls.push(`    """${L.sentence()}.`, "", `    ${L.sentence()}.`, `    """`);
      for (let s = r.int(1, 20); s > 0; s--) stmt("    ", ls);
      ls.push("", "");
    }
  });
}

function genJs(r, L, target, ts) {
  const lines = [];
  if (r.chance(0.5)) lines.push(`"use strict";`);
  for (let i = r.int(1, 8); i > 0; i--) {
    lines.push(
      `import { ${L.camel()}, ${L.pascal()} } from "${r.chance(0.5) ? "./" + L.camel(1) : "@" + L.snake(1) + "/" + L.snake(1)}";`,
    );
  }
  lines.push("");
  const stmt = (ind, ls) => {
    const x = r.next();
    if (x < 0.012) {
      const k = L.kw("camel");
      ls.push(
        r.pick([
          `${ind}const ${k} = await get${k[0].toUpperCase() + k.slice(1)}(${L.camel(1)});`,
          `${ind}const ${k} = process.env.${k.toUpperCase()};`,
          `${ind}if (!${k}) throw new Error("${L.sentence(2, 5)}");`,
          `${ind}this.${k} = ${L.camel()}.${k};`,
          `${ind}res.cookie("${k}", ${k}, { httpOnly: true });`,
          `${ind}// ${L.sentence()} ${k}`,
          `${ind}headers: { Authorization: \`Bearer \${${k}}\` },`,
        ]),
      );
    } else if (x < 0.3) ls.push(`${ind}const ${L.camel()} = ${L.camel()}(${L.args("camel")});`);
    else if (x < 0.42)
      ls.push(
        `${ind}${r.chance(0.5) ? "let" : "const"} ${L.camel()} = this.${L.camel()}.${L.camel(1)}(${L.args("camel")});`,
      );
    else if (x < 0.5)
      ls.push(
        `${ind}if (${L.camel()} === ${r.chance(0.5) ? "undefined" : "null"}) {`,
        `${ind}  return ${L.camel()};`,
        `${ind}}`,
      );
    else if (x < 0.56)
      ls.push(
        `${ind}for (const ${L.camel(1)} of ${L.camel()}) {`,
        `${ind}  ${L.camel()}.push(${L.camel(1)});`,
        `${ind}}`,
      );
    else if (x < 0.64) ls.push(`${ind}// ${L.sentence()}`);
    else if (x < 0.7)
      ls.push(`${ind}console.${r.pick(["log", "debug", "warn"])}("${L.sentence(3, 8)}", ${L.camel()});`);
    else if (x < 0.74) ls.push(`${ind}throw new Error(\`${L.sentence(3, 7)}: \${${L.camel(1)}}\`);`);
    else if (x < 0.78) ls.push(`${ind}const ${L.camel()} = "${L.sentence(1, 4)}";`);
    else if (x < 0.84) ls.push(`${ind}${L.camel()} += ${L.num()};`);
    else if (x < 0.9) ls.push(`${ind}const { ${L.camel(1)}, ${L.camel(1)} } = ${L.camel()};`);
    else ls.push(`${ind}return ${L.camel()};`);
  };
  return fill(target, lines, (ls) => {
    const x = r.next();
    if (ts && x < 0.2) {
      ls.push(`export interface ${L.pascal()} {`);
      for (let f = r.int(2, 10); f > 0; f--) {
        ls.push(
          `  ${r.chance(0.03) ? L.kw("camel") : L.camel()}${r.chance(0.3) ? "?" : ""}: ${r.pick(["string", "number", "boolean", L.pascal() + "[]", "Record<string, unknown>"])};`,
        );
      }
      ls.push("}", "");
    } else if (x < 0.5) {
      ls.push(`export class ${L.pascal()} {`);
      for (let m = r.int(1, 6); m > 0; m--) {
        ls.push(`  ${r.chance(0.3) ? "async " : ""}${L.camel()}(${L.args("camel")}) {`);
        for (let s = r.int(1, 12); s > 0; s--) stmt("    ", ls);
        ls.push("  }", "");
      }
      ls.push("}", "");
    } else {
      ls.push(`export ${r.chance(0.3) ? "async " : ""}function ${L.camel()}(${L.args("camel")}) {`);
      for (let s = r.int(1, 16); s > 0; s--) stmt("  ", ls);
      ls.push("}", "");
    }
  });
}

function genGo(r, L, target) {
  const lines = [
    `package ${L.snake(1)}`,
    "",
    "import (",
    '\t"context"',
    '\t"fmt"',
    `\t"${L.snake(1)}/${L.snake(1)}"`,
    ")",
    "",
  ];
  const stmt = (ind, ls) => {
    const x = r.next();
    if (x < 0.012) {
      const k = L.kw("camel");
      ls.push(
        r.pick([
          `${ind}${k} := os.Getenv("${k.toUpperCase()}")`,
          `${ind}${k}, err := s.${L.camel(1)}.Get${L.pascal(1)}(ctx)`,
          `${ind}// ${L.sentence()} ${k}`,
        ]),
      );
    } else if (x < 0.35) ls.push(`${ind}${L.camel()} := ${L.snake(1)}.${L.pascal()}(${L.args("camel")})`);
    else if (x < 0.55)
      ls.push(`${ind}if err != nil {`, `${ind}\treturn fmt.Errorf("${L.sentence(2, 5)}: %w", err)`, `${ind}}`);
    else if (x < 0.65) ls.push(`${ind}// ${L.sentence()}`);
    else if (x < 0.75)
      ls.push(
        `${ind}for _, ${L.camel(1)} := range ${L.camel()} {`,
        `${ind}\t${L.camel()} = append(${L.camel()}, ${L.camel(1)})`,
        `${ind}}`,
      );
    else if (x < 0.85) ls.push(`${ind}${L.camel()}, err := s.${L.camel(1)}.${L.pascal()}(ctx, ${L.args("camel")})`);
    else ls.push(`${ind}return ${L.camel()}, nil`);
  };
  return fill(target, lines, (ls) => {
    if (r.chance(0.25)) {
      ls.push(`type ${L.pascal()} struct {`);
      for (let f = r.int(2, 8); f > 0; f--) {
        const n = r.chance(0.03) ? L.kw("pascal") : L.pascal();
        ls.push(`\t${n} ${r.pick(["string", "int", "bool", "[]byte", "*" + L.pascal(1)])} \`json:"${L.snake()}"\``);
      }
      ls.push("}", "");
    }
    ls.push(
      `// ${L.pascal()} ${L.sentence()}.`,
      `func (s *${L.pascal(1)}) ${L.pascal()}(ctx context.Context, ${L.camel(1)} string) error {`,
    );
    for (let s = r.int(2, 16); s > 0; s--) stmt("\t", ls);
    ls.push("\treturn nil", "}", "");
  });
}

function genJava(r, L, target) {
  const lines = [`package com.${L.snake(1)}.${L.snake(1)};`, ""];
  for (let i = r.int(2, 10); i > 0; i--)
    lines.push(
      `import ${r.pick(["java.util", "org.springframework." + L.snake(1), "com." + L.snake(1)])}.${L.pascal()};`,
    );
  lines.push("", `public class ${L.pascal()} {`);
  return fill(target, lines, (ls) => {
    if (r.chance(0.3)) ls.push(`    private final ${L.pascal(1)} ${r.chance(0.04) ? L.kw("camel") : L.camel()};`);
    ls.push(
      "",
      "    /**",
      `     * ${L.sentence()}.`,
      "     */",
      `    public ${L.pascal(1)} ${L.camel()}(${L.pascal(1)} ${L.camel(1)}) {`,
    );
    for (let s = r.int(2, 14); s > 0; s--) {
      const x = r.next();
      if (x < 0.012) ls.push(`        final String ${L.kw("camel")} = ${L.camel(1)}.get${L.pascal()}();`);
      else if (x < 0.4)
        ls.push(`        final var ${L.camel()} = this.${L.camel()}.${L.camel(1)}(${L.args("camel")});`);
      else if (x < 0.55)
        ls.push(
          `        if (${L.camel()} == null) {`,
          `            throw new IllegalStateException("${L.sentence(2, 6)}");`,
          "        }",
        );
      else if (x < 0.7) ls.push(`        logger.debug("${L.sentence(2, 7)} {}", ${L.camel()});`);
      else if (x < 0.8) ls.push(`        // ${L.sentence()}`);
      else
        ls.push(`        ${L.camel()}.${r.pick(["add", "put", "remove", "set" + L.pascal(1)])}(${L.args("camel")});`);
    }
    ls.push(`        return ${L.camel()};`, "    }");
  }).concat(["}"]);
}

function genYaml(r, L, target) {
  const lines = r.chance(0.5)
    ? ["apiVersion: apps/v1", "kind: Deployment", "metadata:", `  name: ${L.snake(2).replace(/_/g, "-")}`]
    : [`version: "3.8"`, "services:"];
  return fill(target, lines, (ls) => {
    const x = r.next();
    if (x < 0.05) {
      ls.push(
        r.pick([
          `  ${L.kw()}: \${${L.upper()}}`,
          `        ${L.kw("camel")}: ${L.snake(2).replace(/_/g, "-")}`,
          `          token: \${{ secrets.GITHUB_TOKEN }}`,
          `      secretName: ${L.snake(2).replace(/_/g, "-")}-tls`,
          `  password: "{{ vault_${L.snake()} }}"`,
        ]),
      );
    } else if (x < 0.2) ls.push(`${L.snake(1)}:`);
    else if (x < 0.6) ls.push(`  ${L.snake()}: ${r.chance(0.5) ? L.num() : L.snake(2).replace(/_/g, "-")}`);
    else if (x < 0.8) ls.push(`    - name: ${L.snake()}`, `      value: "${L.sentence(1, 3)}"`);
    else ls.push(`    # ${L.sentence()}`);
  });
}

function genJson(r, L, target) {
  const lines = ["{", `  "name": "${L.snake(2).replace(/_/g, "-")}",`, `  "items": [`];
  fill(target, lines, (ls) => {
    ls.push("    {");
    for (let f = r.int(2, 8); f > 0; f--) {
      const k = r.chance(0.02) ? L.kw() : L.snake();
      ls.push(`      "${k}": ${r.chance(0.5) ? `"${L.sentence(1, 4)}"` : L.num()},`);
    }
    ls.push(`      "token_type": "bearer",`, `      "id": ${L.num()}`, "    },");
  });
  lines.push(`    {}`, "  ]", "}");
  return lines;
}

function genMarkdown(r, L, target) {
  const lines = [`# ${L.pascal()} ${L.sentence(2, 5)}`, ""];
  return fill(target, lines, (ls) => {
    const x = r.next();
    if (x < 0.15) ls.push(`## ${L.sentence(2, 6)}`, "");
    else if (x < 0.6) {
      const n = r.int(1, 5);
      for (let i = 0; i < n; i++) ls.push(`${L.sentence(8, 20)}, ${L.sentence(4, 14)}.`);
      ls.push("");
    } else if (x < 0.75) {
      for (let i = r.int(2, 6); i > 0; i--) ls.push(`- \`${L.snake()}\`: ${L.sentence(3, 10)}`);
      ls.push("");
    } else if (x < 0.85) {
      ls.push(
        "```sh",
        `${L.snake(1)} ${L.snake(1)} --${L.snake(1)} ${L.snake()}`,
        `export ${L.kw("upper")}=<your-${L.snake(1)}>`,
        "```",
        "",
      );
    } else
      ls.push(
        `See [${L.sentence(1, 3)}](https://docs.example.com/${L.snake(1)}/${L.snake(1)}) for ${L.sentence(2, 6)}.`,
        "",
      );
  });
}

function genEnv(r, L, target) {
  const lines = [`# ${L.sentence()}`];
  return fill(target, lines, (ls) => {
    if (r.chance(0.15)) ls.push(`${L.kw("upper")}=\${${L.upper()}}`);
    else ls.push(`${L.upper()}=${r.chance(0.5) ? L.num() : L.snake(1)}`);
  });
}

const NPM_NAMES = (
  "react react-dom lodash express axios chalk debug ms semver js-tokens jsonwebtoken passport passport-local " +
  "passport-jwt @octokit/auth-token csrf-tokens tokenizer safe-buffer inherits minimatch glob yargs commander " +
  "webpack babel-loader @babel/core @babel/parser typescript eslint prettier jest vitest rollup esbuild " +
  "secret-handshake bcrypt dotenv uuid cookie cookie-signature body-parser qs iconv-lite mime-types"
).split(" ");

function genPackageLock(r, L, target) {
  const lines = ["{", `  "name": "${L.snake(1)}",`, `  "lockfileVersion": 3,`, `  "packages": {`];
  fill(target, lines, (ls) => {
    const name = r.chance(0.5) ? r.pick(NPM_NAMES) : `${L.snake(1)}-${L.snake(1)}`;
    const v = `${r.int(0, 12)}.${r.int(0, 30)}.${r.int(0, 20)}`;
    const base = name.includes("/") ? name.split("/")[1] : name;
    ls.push(
      `    "node_modules/${name}": {`,
      `      "version": "${v}",`,
      `      "resolved": "https://registry.npmjs.org/${name}/-/${base}-${v}.tgz",`,
      `      "integrity": "sha512-${r.chars(86, CH.base64)}==",`,
    );
    if (r.chance(0.3)) ls.push(`      "dev": true,`);
    ls.push(`      "license": "MIT"`, "    },");
  });
  lines.push(`    "": {}`, "  }", "}");
  return lines;
}

function genYarnLock(r, L, target) {
  const lines = ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", ""];
  return fill(target, lines, (ls) => {
    const name = r.chance(0.5) ? r.pick(NPM_NAMES) : `${L.snake(1)}-${L.snake(1)}`;
    const v = `${r.int(0, 12)}.${r.int(0, 30)}.${r.int(0, 20)}`;
    ls.push(
      `"${name}@^${v}":`,
      `  version "${v}"`,
      `  resolved "https://registry.yarnpkg.com/${name}/-/${name}-${v}.tgz#${r.chars(40, CH.hex)}"`,
      `  integrity sha512-${r.chars(86, CH.base64)}==`,
      "",
    );
  });
}

function genPoetryLock(r, L, target) {
  const lines = [];
  return fill(target, lines, (ls) => {
    const name = `${L.snake(1)}-${L.snake(1)}`;
    ls.push(
      "[[package]]",
      `name = "${name}"`,
      `version = "${r.int(0, 9)}.${r.int(0, 40)}.${r.int(0, 9)}"`,
      `description = "${L.sentence(3, 9)}"`,
      "optional = false",
      `python-versions = ">=3.8"`,
      "files = [",
    );
    for (let i = r.int(1, 4); i > 0; i--)
      ls.push(`    {file = "${name}-py3-none-any.whl", hash = "sha256:${r.chars(64, CH.hex)}"},`);
    ls.push("]", "");
  });
}

function genGoSum(r, L, target) {
  const lines = [];
  return fill(target, lines, (ls) => {
    const mod = `github.com/${L.snake(1)}/${L.snake(1)}`;
    const v = `v${r.int(0, 3)}.${r.int(0, 30)}.${r.int(0, 9)}`;
    ls.push(`${mod} ${v} h1:${r.chars(43, CH.base64)}=`, `${mod} ${v}/go.mod h1:${r.chars(43, CH.base64)}=`);
  });
}

const MIN_SNIPPETS = [
  (r, v) => `function ${v()}(${v()},${v()}){return ${v()}.${v()}(${v()})}`,
  (r, v) => `var ${v()}=${v()}(${r.int(0, 999)}),${v()}=${v()}(${r.int(0, 999)})`,
  (r, v) => `${v()}.prototype.${v()}=function(${v()}){this.${v()}=${v()}}`,
  (r, v) => `if(!${v()})throw new Error("${v()}")`,
  (r, v) => `${v()}.exports={${v()}:${v()},${v()}:${v()}}`,
  (r, v) => `for(var ${v()}=0;${v()}<${v()}.length;${v()}++)${v()}[${v()}]=${v()}[${v()}]`,
  (r, v) => `${v()}=${v()}?${v()}:${v()}.${v()}||{}`,
  (r, v) => `case ${r.int(0, 99)}:return ${v()}(${v()},"${v()}${v()}")`,
  (r, v) => `"use strict";Object.defineProperty(${v()},"__esModule",{value:!0})`,
  (r, v) => `${v()}.createElement("div",{className:"${v()}-${v()}"},${v()})`,
];
const MIN_KW = [
  (r, v) => `${v()}.headers.Authorization="Bearer "+${v()}.token`,
  (r, v) => `${v()}={password:${v()}.password,username:${v()}}`,
  (r, v) => `function ${v()}(${v()}){return ${v()}.getToken().then(${v()})}`,
  (r, v) => `${v()}.tokenize(${v()},${v()})`,
  () => `localStorage.getItem("access_token")`,
  (r, v) => `${v()}.pass=${v()}`,
];

function genMinified(r, L, target) {
  // A handful of very long lines, as in a committed vendor bundle.
  const lines = [`/*! ${L.snake(1)} v${r.int(1, 9)}.${r.int(0, 20)}.0 | MIT */`];
  const v = () => (r.chance(0.7) ? r.chars(r.int(1, 2), CH.short) : L.camel(1));
  const lineLen = Math.max(20000, Math.floor(target / r.int(2, 6)));
  return fill(target, lines, (ls) => {
    const parts = [];
    let n = 0;
    while (n < lineLen) {
      const s = r.chance(0.01) ? r.pick(MIN_KW)(r, v) : r.pick(MIN_SNIPPETS)(r, v);
      parts.push(s);
      n += s.length + 1;
    }
    ls.push(parts.join(";"));
  });
}

function genShell(r, L, target) {
  const lines = ["#!/usr/bin/env bash", "set -euo pipefail", ""];
  return fill(target, lines, (ls) => {
    const x = r.next();
    if (x < 0.03) ls.push(`${L.kw("upper")}="\${${L.upper()}:?missing}"`);
    else if (x < 0.4) ls.push(`${L.snake(1)} ${L.snake(1)} --${L.snake(1)} "$${L.upper()}"`);
    else if (x < 0.6) ls.push(`# ${L.sentence()}`);
    else if (x < 0.8)
      ls.push(`if [ -z "\${${L.upper()}:-}" ]; then`, `  echo "${L.sentence(2, 7)}" >&2`, "  exit 1", "fi");
    else ls.push(`${L.upper()}=${L.snake(1)}`);
  });
}

const BINARY_HEADERS = {
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52],
  woff2: [0x77, 0x4f, 0x46, 0x32, 0, 1, 0, 0],
  jar: [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0],
  pyc: [0x55, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0],
};

function genBinary(r, ext, size) {
  const buf = Buffer.alloc(size);
  const h = BINARY_HEADERS[ext] ?? [0];
  for (let i = 0; i < size; i += 4) buf.writeUInt32LE((r.next() * 4294967296) >>> 0, Math.min(i, size - 4));
  for (let i = 0; i < h.length; i++) buf[i] = h[i];
  // Some readable strings inside, as binaries have, including a keyword now and then.
  for (let k = Math.floor(size / 4096); k > 0; k--) {
    const at = r.int(64, size - 64);
    buf.write(r.chance(0.2) ? "password" : "tokenizer", at, "latin1");
  }
  return buf;
}

// ---------------------------------------------------------------------------------------------
// Layout.

const KINDS = {
  py: { ext: ["py"], gen: genPython, plant: "py" },
  js: { ext: ["js", "mjs", "jsx"], gen: (r, L, t) => genJs(r, L, t, false), plant: "js" },
  ts: { ext: ["ts", "tsx"], gen: (r, L, t) => genJs(r, L, t, true), plant: "js" },
  go: { ext: ["go"], gen: genGo, plant: "go" },
  java: { ext: ["java"], gen: genJava, plant: "java" },
  yaml: { ext: ["yaml", "yml"], gen: genYaml, plant: "yaml" },
  json: { ext: ["json"], gen: genJson, plant: "json" },
  md: { ext: ["md"], gen: genMarkdown, plant: "md" },
  sh: { ext: ["sh"], gen: genShell, plant: "env" },
};

const REPO_TYPES = {
  django: [
    [50, "py"],
    [8, "yaml"],
    [6, "md"],
    [6, "json"],
    [8, "js"],
    [2, "sh"],
  ],
  node: [
    [40, "ts"],
    [25, "js"],
    [8, "json"],
    [6, "md"],
    [4, "yaml"],
    [2, "sh"],
  ],
  go: [
    [60, "go"],
    [10, "yaml"],
    [8, "md"],
    [4, "json"],
    [3, "sh"],
  ],
  java: [
    [60, "java"],
    [10, "yaml"],
    [6, "md"],
    [4, "json"],
  ],
  mixed: [
    [20, "py"],
    [15, "ts"],
    [10, "js"],
    [10, "go"],
    [10, "java"],
    [10, "yaml"],
    [8, "json"],
    [8, "md"],
    [4, "sh"],
  ],
};

const DIRS =
  "src lib app pkg internal cmd api core utils handlers models views services components tests docs config scripts migrations".split(
    " ",
  );

function sizeOf(r) {
  // Log-normal: median ~4 KB, a tail of files to a few hundred KB.
  return Math.min(400_000, Math.max(60, Math.round(Math.exp(8.3 + 1.1 * r.gauss()))));
}

/**
 * Writes the tree under `dir` (wiped first). Returns the manifest: files, bytes, planted secrets.
 * A `.git` marker makes the tree its own repository root, so the scan honours only its own ignores.
 */
export function generate(dir, { seed, targetBytes }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, ".git"), { recursive: true });
  writeFileSync(join(dir, ".git", "HEAD"), "ref: refs/heads/main\n");
  const r = new Rand(seed);
  const L = new Lex(r);
  const planted = [];
  let files = 0;
  let bytes = 0;
  const written = new Set();

  const write = (rel, content) => {
    if (written.has(rel)) return;
    written.add(rel);
    const abs = join(dir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    files++;
    bytes += typeof content === "string" ? Buffer.byteLength(content) : content.length;
  };
  /** Writes text lines, inserting `n` planted secrets of the given plant family. */
  const writeText = (rel, lines, family, n) => {
    if (written.has(rel)) return;
    for (let i = 0; i < n; i++) {
      const at = r.int(0, lines.length);
      const text = r.pick(PLANTS[family])(r);
      lines.splice(at, 0, text);
      for (const p of planted) if (p.file === rel && p.line >= at + 1) p.line++;
      planted.push({ file: rel, line: at + 1 });
    }
    write(rel, lines.join("\n") + "\n");
  };

  const repoTypes = Object.keys(REPO_TYPES);
  const plantRate = 0.04;
  for (let ri = 0; bytes < targetBytes; ri++) {
    const type = repoTypes[ri % repoTypes.length];
    const repo = `${String(ri).padStart(2, "0")}-${L.snake(2).replace(/_/g, "-")}`;
    const budget = bytes + targetBytes / 20;
    write(
      `${repo}/.gitignore`,
      ["__pycache__/", "*.pyc", "node_modules/", "/build/", ".venv/", "*.log", ".DS_Store", ""].join("\n"),
    );
    write(`${repo}/README.md`, genMarkdown(r, L, r.int(2000, 12000)).join("\n") + "\n");
    writeText(`${repo}/.env.example`, genEnv(r, L, r.int(300, 1500)), "env", r.chance(0.6) ? 1 : 0);
    if (type === "django" || type === "mixed") {
      writeText(`${repo}/${L.snake(1)}/settings.py`, genPython(r, L, r.int(3000, 9000)), "py", r.int(1, 2));
      writeText(`${repo}/poetry.lock`, genPoetryLock(r, L, r.int(100_000, 600_000)), "py", 0);
    }
    if (type === "node" || type === "mixed" || type === "django") {
      writeText(`${repo}/package-lock.json`, genPackageLock(r, L, r.int(200_000, 1_500_000)), "json", 0);
      if (r.chance(0.5)) writeText(`${repo}/yarn.lock`, genYarnLock(r, L, r.int(100_000, 800_000)), "json", 0);
      for (let i = r.int(0, 2); i > 0; i--) {
        const min = genMinified(r, L, r.int(100_000, 1_500_000));
        const rel = `${repo}/static/vendor/${L.snake(1)}.min.js`;
        if (r.chance(0.6)) {
          const at = r.int(1, min.length - 1);
          const line = min[at];
          const cut = line.indexOf(";", Math.floor(line.length / 2));
          min[at] = `${line.slice(0, cut + 1)}${r.pick(PLANTS.min)(r)};${line.slice(cut + 1)}`;
          if (!written.has(rel)) planted.push({ file: rel, line: at + 1 });
        }
        write(rel, min.join("\n") + "\n");
      }
    }
    if (type === "go" || type === "mixed") writeText(`${repo}/go.sum`, genGoSum(r, L, r.int(50_000, 300_000)), "go", 0);
    if (type !== "go")
      writeText(`${repo}/docker-compose.yml`, genYaml(r, L, r.int(1000, 4000)), "yaml", r.chance(0.5) ? 1 : 0);
    for (let i = r.int(1, 6); i > 0; i--) {
      const ext = r.pick(Object.keys(BINARY_HEADERS));
      write(`${repo}/assets/${L.snake(1)}-${i}.${ext}`, genBinary(r, ext, r.int(2_000, 200_000)));
    }
    // A repository's directories: a few top-level ones, two levels below them (~10 files each, as in real trees).
    const dirs = [];
    for (const top of DIRS.filter(() => r.chance(0.3))) {
      dirs.push(top);
      for (let i = r.int(0, 5); i > 0; i--) {
        const sub = `${top}/${L.snake(1)}`;
        dirs.push(sub);
        for (let j = r.int(0, 3); j > 0; j--) dirs.push(`${sub}/${L.snake(1)}`);
      }
    }
    if (dirs.length === 0) dirs.push("src");
    while (bytes < budget) {
      const kind = KINDS[r.weighted(REPO_TYPES[type])];
      const rel = `${repo}/${r.pick(dirs)}/${L.snake(r.int(1, 2))}.${r.pick(kind.ext)}`;
      const n = r.chance(plantRate) ? 1 : 0;
      writeText(rel, kind.gen(r, L, sizeOf(r)), kind.plant, n);
    }
  }
  return { files, bytes, planted };
}
