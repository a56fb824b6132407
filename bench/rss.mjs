// Fallback when /usr/bin/time is missing: runs the CLI in this process and writes its peak RSS
// (KiB, like time's %M) to a file on exit.   node bench/rss.mjs OUT CLI [ARGS...]
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [out, cli, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], cli, ...args];
process.on("exit", () => writeFileSync(out, `${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(cli).href);
