// A Python expression written in the checks data (`'DENY'`, `2_592_000`, `['*']`) → its value.
import { Evaluator } from "./evaluate.js";
import type { Val } from "./value.js";

export function evalLiteral(source: string): Val {
  const mod = new Evaluator(() => ({ file: "<checks data>", text: `x = ${source}\n` })).module("x");
  const v = mod?.ns.get("x")?.value;
  if (!v || v.t === "unknown") throw new Error(`not a Python literal: ${source}`);
  return v;
}
