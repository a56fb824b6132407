// fix moves only values it is confident about: never a path, a call, an identifier or an
// interpolation (the program would then read the wrong thing from .env), always a real value.
import { describe, expect, it } from "vitest";
import { notAValue } from "../../src/remedy/confidence.js";
import { planFix } from "../../src/remedy/plan.js";
import type { Finding } from "../../src/types.js";
import { fake, randomString } from "../support/fake.js";
import { djangoKey, rules, stripeKey } from "./support.js";

/** A finding as a rule might report it on `line` (1-based line 1 of `path`). */
function findingOn(path: string, line: string, secret: string, ruleId = "generic-secret"): Finding {
  const column = line.indexOf(secret) + 1;
  return {
    ruleId,
    file: path,
    line: 1,
    column,
    endLine: 1,
    endColumn: column + secret.length,
    secret,
    lineText: line,
    fingerprint: "0".repeat(32),
    severity: "medium",
    message: "test",
    notes: [],
  };
}

function planOne(path: string, line: string, secret: string, ruleId?: string) {
  const text = line + "\n";
  return planFix({
    files: [{ path, text, findings: [findingOn(path, line, secret, ruleId)] }],
    rules,
    project: {},
    reads: [],
    existing: () => undefined,
    tracked: () => false,
  });
}

const NOT_VALUES: Array<[string, string, string]> = [
  ["mysite/settings.py", "SECRET_KEY = 'f.read().strip()'", "f.read().strip()"],
  ["docker-compose.yml", "      SECRET_KEY: /run/secrets/django_secret_key", "/run/secrets/django_secret_key"],
  ["config/app.yml", "  key_file: ./keys/signing.pem", "./keys/signing.pem"],
  ["app/mailer.rb", 'url = "#{@user.reset_token}"', "#{@user.reset_token}"],
  ["deploy.sh", 'export API_TOKEN="${VAULT_TOKEN}"', "${VAULT_TOKEN}"],
  [".github/workflows/ci.yml", "      API_TOKEN: {{ secrets.api_token }}", "{{ secrets.api_token }}"],
  ["app/views.py", "token = 'settings.API_TOKEN'", "settings.API_TOKEN"],
  ["app/views.py", "api_key = 'EXTERNAL_API_KEY_NAME'", "EXTERNAL_API_KEY_NAME"],
  ["app/helpers/mail_helper.rb", "reset_token = '@obj.reset_token'", "@obj.reset_token"],
  [
    "app/migrations/0003_x.py",
    '("token_blacklist", "0002_outstandingtoken_jti_hex"),',
    "0002_outstandingtoken_jti_hex",
  ],
  ["app/settings.py", 'token_audience = "custom:my_service"', "custom:my_service"],
  ["app/keys.py", "key = 'get_key_from_vault(\"prod\")'", 'get_key_from_vault("prod")'],
];

describe("fix confidence", () => {
  it.each(NOT_VALUES)("%s: %s is left alone, with the reason", (path, line, secret) => {
    expect(notAValue(secret)).toBeDefined();
    const p = planOne(path, line, secret);
    expect(p.entries).toEqual([]);
    expect(p.files[0]!.after).toBe(line + "\n");
    expect(p.files[0]!.unfixed.map((u) => u.reason).join()).toMatch(/fix leaves it/);
  });

  it("real values are moved: a Django key, a provider key, a password, a base64 key", () => {
    const values = [
      djangoKey(),
      stripeKey(),
      fake("Shop", "2023", "!"),
      randomString(40, "base64") + "=",
      randomString(32, "hex"),
      "correct-horse-battery-" + randomString(6, "lower"),
    ];
    for (const v of values) expect(notAValue(v), v).toBeUndefined();
    const key = randomString(40, "alnum");
    const p = planOne("app/client.py", `API_TOKEN = "${key}"`, key);
    expect(p.entries.map((e) => e.value)).toEqual([key]);
    expect(p.files[0]!.after).not.toContain(key);
  });
});
