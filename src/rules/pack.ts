// Build step (npm run dist): validates patterns/*.toml and writes the pre-parsed pack that
// loadRuleDir() uses while patterns/ holds the same files at the same lengths. A broken rule file fails the build.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadRuleDir, PACK_FILE, PATTERNS_DIR, parseToml } from "./load.js";
import { encodePack } from "./packfile.js";
import { keywordsOf } from "../detect/detect.js";
import { KeywordMatcher } from "../detect/keywords.js";
import { savePrebuilt } from "./prebuilt.js";

const set = loadRuleDir(PATTERNS_DIR);
const entries = readdirSync(PATTERNS_DIR)
  .filter((f) => f.endsWith(".toml"))
  .sort()
  .map((name) => {
    const file = join(PATTERNS_DIR, name);
    const bytes = readFileSync(file);
    return { name, size: bytes.length, doc: parseToml(bytes.toString("utf8"), file) };
  });
writeFileSync(PACK_FILE, encodePack(entries));
savePrebuilt(new KeywordMatcher(keywordsOf(set).keywords).save());
process.stdout.write(`leakproof: packed ${set.rules.length} rules from ${entries.length} files\n`);
