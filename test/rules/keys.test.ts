// Real private keys, generated at run time (never committed), must be reported by the rule for a
// whole key, not only as a truncated one: RSA 2048 and 4096 PEM blocks run past 1,000 characters.
import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { tempDir, writeFiles } from "../support/tmp.js";

interface Found {
  ruleId: string;
  file: string;
}

function scan(files: Record<string, string>, extra: string[] = []): Found[] {
  const dir = tempDir();
  writeFiles(dir, files);
  const r = leakproof(["dir", "--format", "json", ...extra], { cwd: dir });
  expect(r.stderr).toBe("");
  return (JSON.parse(r.stdout) as { findings: Found[] }).findings;
}

function rsa(bits: number, type: "pkcs1" | "pkcs8"): string {
  return generateKeyPairSync("rsa", { modulusLength: bits }).privateKey.export({ type, format: "pem" }) as string;
}

describe("real private keys", () => {
  const keys: Array<[string, () => string, string]> = [
    ["RSA 2048, PKCS#1", () => rsa(2048, "pkcs1"), "private-key"],
    ["RSA 4096, PKCS#1", () => rsa(4096, "pkcs1"), "private-key"],
    ["RSA 4096, PKCS#8", () => rsa(4096, "pkcs8"), "private-key"],
    [
      "EC P-256, SEC1",
      () =>
        generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "sec1", format: "pem" }) as string,
      "private-key",
    ],
    [
      "RSA 4096, encrypted PKCS#8",
      () =>
        generateKeyPairSync("rsa", { modulusLength: 4096 }).privateKey.export({
          type: "pkcs8",
          format: "pem",
          cipher: "aes-256-cbc",
          passphrase: "pass phrase",
        }) as string,
      "private-key-encrypted",
    ],
  ];

  it.each(keys)("%s is reported as a whole key, also with private-key-truncated disabled", (_what, make, rule) => {
    const pem = make();
    expect(scan({ "key.pem": pem }).map((f) => f.ruleId)).toEqual([rule]);
    const dir = { "key.pem": pem, ".leakproof.toml": 'disabledRules = ["private-key-truncated"]\n' };
    expect(scan(dir).map((f) => f.ruleId)).toEqual([rule]);
  });

  it("a GCP service-account JSON with a real RSA 2048 key", () => {
    const json = JSON.stringify(
      {
        type: "service_account",
        project_id: "acme-prod",
        private_key_id: "0".repeat(40),
        private_key: rsa(2048, "pkcs8"),
        client_email: "ci@acme-prod.iam.gserviceaccount.com",
      },
      null,
      2,
    );
    expect(scan({ "sa.json": json }).map((f) => f.ruleId)).toEqual(["gcp-service-account-key"]);
  });
});
