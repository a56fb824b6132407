// The name policy's first step: which variable a rule's fields choose for a finding.
import { describe, expect, it } from "vitest";
import { chooseEnvVar } from "../../src/remedy/names.js";
import { compileRule } from "../../src/rules/schema.js";
import type { Finding } from "../../src/types.js";

const rule = (fields: Record<string, unknown>) =>
  compileRule({ id: "rule-a", description: "d", regex: "x", keywords: ["xx"], ...fields }, "t.toml", "");
const finding = (name?: string) => ({ ruleId: "rule-a", ...(name ? { name } : {}) }) as Finding;

describe("chooseEnvVar", () => {
  const cases: Array<[string, Record<string, unknown>, string | undefined, string]> = [
    // [what, rule fields, assigned name, variable]
    ["envVar by default, whatever the name", { envVar: "STRIPE_SECRET_KEY" }, "stripe.key", "STRIPE_SECRET_KEY"],
    ['envVarFrom = "name": the assigned name', { envVar: "API_KEY", envVarFrom: "name" }, "mailgunKey", "MAILGUN_KEY"],
    ['envVarFrom = "name" without a name: envVar', { envVar: "API_KEY", envVarFrom: "name" }, undefined, "API_KEY"],
    [
      "envVarByName first",
      { envVar: "DJANGO_SECRET_KEY", envVarByName: { SECRET_KEY_FALLBACKS: "DJANGO_SECRET_KEY_FALLBACK" } },
      "SECRET_KEY_FALLBACKS",
      "DJANGO_SECRET_KEY_FALLBACK",
    ],
    ["no envVar: the name", {}, "db_password", "DB_PASSWORD"],
    ["neither: SECRET", {}, undefined, "SECRET"],
  ];
  it.each(cases)("%s", (_, fields, name, expected) => {
    expect(chooseEnvVar(finding(name), rule(fields))).toBe(expected);
  });

  it("the rule id plays no part", () => {
    const fields = { envVar: "API_KEY" };
    const name = "mailgun_key";
    for (const id of ["generic-secret", "django-secret-key", "other"])
      expect(chooseEnvVar(finding(name), rule({ ...fields, id }))).toBe("API_KEY");
  });
});
