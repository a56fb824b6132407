// The decoding stage: secrets inside base64, hex, percent-encoded and escaped values are found,
// reported at the encoded text with the decoding named; encodings of harmless text are not.
import { describe, expect, it } from "vitest";
import { loadRuleDir } from "../../src/rules/load.js";
import { createDetector } from "../../src/detect/detect.js";
import { base64Text, encodedValues, hexText, percentText, unescapeText } from "../../src/detect/decode.js";
import { fake, randomString, rng } from "../support/fake.js";

const detector = createDetector(loadRuleDir());
const next = rng(13);
const password = randomString(18, "alnum", next);
const b64 = (s: string) => Buffer.from(s).toString("base64");
const scan = (path: string, text: string) => detector.detect({ path, text, startLine: 1 });

describe("decoders", () => {
  it("decode text and refuse binary, odd lengths and non-encodings", () => {
    expect(base64Text(b64("deploy:" + password))).toBe("deploy:" + password);
    expect(base64Text(Buffer.from([0, 1, 2, 250, 251, 252, 3, 4, 5]).toString("base64"))).toBeUndefined();
    expect(base64Text("abcdefghi")).toBeUndefined(); // 9 characters: no encoder writes that
    expect(hexText(Buffer.from("key=" + password).toString("hex"))).toBe("key=" + password);
    expect(hexText("abc")).toBeUndefined();
    expect(percentText("p%40ss%2Fword")).toBe("p@ss/word");
    expect(percentText("100%zz")).toBeUndefined();
    expect(unescapeText("\\u0067hp_x\\x41")).toBe("ghp_xA");
    expect(unescapeText("plain \\n text")).toBeUndefined();
  });

  it("leave ordinary code alone", () => {
    const code = [
      "def get_user_permissions_for_object(self, obj):",
      "    return self.backend.get_all_permissions(user_obj=obj)  # 100% covered",
      '    digest = "5f4dcc3b5aa765d61d8327deb882cf99"',
      "    html = '<a href=\"/search?q=caf%C3%A9\">caf\\u00e9</a>'",
    ].join("\n");
    expect(scan("app/views.py", code)).toEqual([]);
  });
});

describe("encoded secrets", () => {
  it("Kubernetes Secret data: the decoded value keeps its name and its place", () => {
    const text = [
      "apiVersion: v1",
      "kind: Secret",
      "type: Opaque",
      "data:",
      `  DB_USER: ${b64("app")}`,
      `  DB_PASSWORD: ${b64(password)}`,
    ].join("\n");
    const found = scan("deploy/secret.yaml", text);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({ ruleId: "generic-password", secret: password, name: "DB_PASSWORD", line: 6, column: 16 });
    expect(f.notes.join(" ")).toContain("base64 (value of DB_PASSWORD)");
  });

  it(".dockerconfigjson: base64 of JSON holding auth, itself base64 of user:password", () => {
    const config = JSON.stringify({ auths: { "registry.acme.io": { auth: b64("ci:" + password) } } });
    const text = [
      "kind: Secret",
      "type: kubernetes.io/dockerconfigjson",
      "data:",
      `  .dockerconfigjson: ${b64(config)}`,
    ].join("\n");
    const found = scan("deploy/regcred.yaml", text);
    expect(found.map((f) => [f.ruleId, f.secret, f.line, f.column])).toEqual([
      ["basic-auth-credentials", password, 4, 22],
    ]);
    expect(found[0]!.notes.join(" ")).toContain("base64 (value of .dockerconfigjson), then base64 (registry auth)");
  });

  it("Authorization: Basic headers, in a script and in code", () => {
    const header = `Authorization: Basic ${b64("deploy:" + password)}`;
    for (const [path, text] of [
      ["scripts/call.sh", `curl -H "${header}" https://api.acme.io/v1/orders`],
      ["client.py", `headers = {"Authorization": "Basic ${b64("deploy:" + password)}"}`],
    ] as const) {
      const found = scan(path, text);
      expect(
        found.map((f) => [f.ruleId, f.secret]),
        path,
      ).toEqual([["basic-auth-credentials", password]]);
    }
  });

  it("percent-encoded passwords in URLs", () => {
    const url = `postgres://app:${password}@db.internal/app`;
    const found = scan(
      "app/.env",
      `DATABASE_URL=${encodeURIComponent(url)}\nREDIS_URL=redis://:p%40${password}@cache:6379/0`,
    );
    expect(found.map((f) => [f.ruleId, f.line])).toEqual([
      ["postgres-url-password", 1],
      ["redis-url-password", 2],
    ]);
    // The whole URL was encoded: only the decoded text holds the password.
    expect(found[0]!.secret).toBe(password);
    expect(found[0]!.notes.join(" ")).toContain("percent-encoding");
    expect(found[1]!.secret).toContain(password);
  });

  it("hex and escaped string literals", () => {
    const token = fake("ghp", "_", randomString(36, "alnum", next));
    const hex = Buffer.from(`GITHUB_TOKEN=${token}`).toString("hex");
    expect(scan("data/blob.txt", `payload: ${hex}`).map((f) => f.ruleId)).toEqual(["github-pat"]);
    const escaped = `{"cell": "TOKEN = \\u0022${token.slice(0, 3)}\\u005f${token.slice(4)}\\u0022"}`;
    const found = scan("notebook.json", escaped);
    expect(found.map((f) => [f.ruleId, f.secret])).toEqual([["github-pat", token]]);
    expect(found[0]!.notes.join(" ")).toContain("string escapes");
  });

  it("placeholders stay placeholders once decoded", () => {
    const decoded = (path: string, text: string) =>
      scan(path, text).filter((f) => f.notes.some((n) => n.startsWith("found in a value decoded")));
    expect(decoded("k8s/secret.yaml", `data:\n  DB_PASSWORD: ${b64("changeme")}`)).toEqual([]);
    expect(decoded("Makefile", `curl -H "Authorization: Basic ${b64("user:password")}" $URL`)).toEqual([]);
  });

  it("is bounded: deep nesting stops, and a huge value is not decoded", () => {
    let inner = `DB_PASSWORD=${password}`;
    for (let i = 0; i < 6; i++) inner = `v${i}: ${b64(inner)}`;
    expect(scan("deep.yaml", inner)).toEqual([]);
    const huge = b64(`DB_PASSWORD=${password}\n`.repeat(8000));
    expect(encodedValues(`blob: ${huge}`)).toEqual([]);
  });
});
