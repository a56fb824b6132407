// The hook is a short process: on an ordinary commit V8's optimising compiler (TurboFan) spends
// more CPU compiling the detector's hot functions than its code then saves (a 10-file, 640-line
// commit: ~20 ms of CPU more with it, of ~180 ms). So `staged` starts with it off (the interpreter
// and the baseline compiler run the code) and turns it back on once the commit is big enough to
// repay it (a 4.5 MB commit scans ~30% faster with it).
// Regexes are compiled to machine code at once rather than first to bytecode and again on their
// second run: most that run at all run on every line with a keyword (~8 ms of CPU less on that
// commit, and as much on large ones), so this one stays for the whole run.
import { setFlagsFromString } from "node:v8";

/** Characters scanned after which optimising pays again (the crossover measured lies between 0.4 and 4.5 MB). */
export const OPTIMISE_AFTER = 1 << 20;

/**
 * V8 versions known to have the --turbofan and --regexp-tier-up flags (Node 20: 11.3, Node 22: 12.4,
 * Node 24: 13.6). V8 prints an unknown flag's error on stdout, which would corrupt a JSON report,
 * so others are left alone.
 */
const KNOWN_V8 = new Set([11, 12, 13, 14]);

/**
 * Per process, not per module: main.js turns the switch for the hook's bundle before compiling it
 * (codecache.ts), and that bundle, which carries its own copy of this module, counts and turns it back.
 */
const state = ((globalThis as Record<symbol, unknown>)[Symbol.for("leakproof.tiering")] ??= {
  quick: false,
  seen: 0,
  resident: false,
}) as { quick: boolean; seen: number; resident: boolean };

/** Settings for a short run: no optimising compiler, regexes straight to machine code (LEAKPROOF_OPTIMIZE=1 keeps V8's defaults). */
export function startShort(): void {
  if (state.quick || state.resident || process.env.LEAKPROOF_OPTIMIZE === "1") return;
  if (!KNOWN_V8.has(Number(process.versions.v8.split(".")[0]))) return;
  setFlagsFromString("--no-turbofan --no-regexp-tier-up");
  state.quick = true;
}

/** A long-lived process (the daemon): V8's defaults for good, its compiled code serves every commit after. */
export function stayResident(): void {
  state.resident = true;
}

/** Counts text scanned; past OPTIMISE_AFTER the optimising compiler is back on. */
export function scanned(chars: number): void {
  if (!state.quick) return;
  state.seen += chars;
  if (state.seen > OPTIMISE_AFTER) {
    setFlagsFromString("--turbofan");
    state.quick = false;
  }
}

/** Whether the optimising compiler is off (for tests). */
export function isShort(): boolean {
  return state.quick;
}
