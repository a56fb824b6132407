// leakproof dir [PATH...]: files on disk.
// A big scan uses a second core: after a short start alone, this thread keeps walking the tree and
// hands files out through a shared counter to a worker thread (this same module) and to itself.
// Results are put back in walk order, so the report and notes are those of a one-thread scan.
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import {
  MessageChannel,
  Worker,
  isMainThread,
  parentPort,
  receiveMessageOnPort,
  workerData,
  type MessagePort,
} from "node:worker_threads";
import { createDetector } from "../../detect/detect.js";
import { compileAll } from "../../rules/lazy.js";
import { loadPrebuilt } from "../../rules/prebuilt.js";
import type { DirFile } from "../../sources/dir.js";
import type { Finding, RuleSet, Skip } from "../../types.js";
import { scanFile, walkFiles, type FileResult } from "../collect/dir.js";
import type { Options } from "../options.js";
import { nearestRepoDir } from "../../git/repo.js";

/** Scan alone this long first: a small scan is over before a worker (~35 ms to start) could help. */
const SOLO_MS = 50;
/** Files handed to the worker per message. */
const BATCH = 32;
// Slots of the shared counter.
const NEXT = 0; // next file index to claim
const AVAIL = 1; // files handed out so far
const DONE = 2; // 1 once the walk is over

interface WorkerInit {
  kind: "leakproof-dir";
  rules: RuleSet;
  maxFileSize: number;
  shared: SharedArrayBuffer;
  port: MessagePort;
  /** Index of the first file the worker may be handed. */
  first: number;
}

export async function run(opts: Options): Promise<number> {
  // The report pipeline is loaded here, not at the top: the worker thread needs none of it.
  const { finish, setup } = await import("../scan.js");
  const { noteSkips } = await import("../skips.js");
  const cwd = process.cwd();
  const root = nearestRepoDir(cwd) ?? cwd;
  const s = setup(root, opts);
  const maxFileSize = s.maxFileSize;
  const detector = createDetector(s.rules, s.prebuilt);

  // Walk order: a skip found by the walk, or the index of a file.
  const order: Array<Skip | number> = [];
  const files: DirFile[] = [];
  const results: (FileResult | undefined)[] = [];
  const walk = walkFiles(cwd, root, s, opts, (skip) => order.push(skip));
  const started = performance.now();
  let helper: Helper | undefined;
  let alone = availableParallelism() < 2;
  try {
    for (const file of walk) {
      order.push(files.push(file) - 1);
      if (helper) helper.offer(files);
      else {
        results.push(scanFile(file, detector, maxFileSize));
        if (!alone && performance.now() - started > SOLO_MS) {
          alone = true;
          helper = Helper.start(s.rules, maxFileSize, files.length);
        }
      }
    }
    if (helper) {
      helper.close(files);
      for (let i; (i = claim(helper.counter, false)) !== -1;) results[i] = scanFile(files[i]!, detector, maxFileSize);
      for (const [i, r] of await helper.results(results.length === files.length && !results.includes(undefined)))
        results[i] = r;
      // Whatever a failed worker had claimed is scanned here.
      for (let i = 0; i < files.length; i++) results[i] ??= scanFile(files[i]!, detector, maxFileSize);
    }
  } finally {
    helper?.stop();
  }

  const skips: Skip[] = [];
  const findings: Finding[] = [];
  for (const item of order) {
    if (typeof item !== "number") skips.push(item);
    else {
      const r = results[item]!;
      if (r.skip) skips.push(r.skip);
      for (const f of r.findings) findings.push(f);
    }
  }
  const notes = noteSkips(skips, maxFileSize, opts);
  const fileText = (path: string) => {
    try {
      return readFileSync(resolve(cwd, path), "utf8");
    } catch {
      return undefined;
    }
  };
  // Stale baseline entries can only be told apart on a scan of the whole tree.
  return finish(s, opts, { found: findings, notes, fileText, complete: opts.positionals.length === 0, scan: "dir" });
}

/** Claims the next file index, or -1 when every file is claimed. Only the worker waits for more. */
function claim(counter: Int32Array, wait: boolean): number {
  for (;;) {
    const next = Atomics.load(counter, NEXT);
    const avail = Atomics.load(counter, AVAIL);
    if (next < avail) {
      if (Atomics.compareExchange(counter, NEXT, next, next + 1) === next) return next;
    } else if (Atomics.load(counter, DONE) === 1) {
      if (Atomics.load(counter, AVAIL) <= next) return -1;
    } else if (wait) Atomics.wait(counter, AVAIL, avail, 50);
    else return -1;
  }
}

/** The worker thread, as seen from this one. */
class Helper {
  readonly counter: Int32Array;
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private posted: number;
  private readonly done: Promise<Array<[number, FileResult]> | undefined>;

  /** A worker, or none if one cannot be started (then this thread scans alone, as it would on one core). */
  static start(rules: RuleSet, maxFileSize: number, first: number): Helper | undefined {
    try {
      return new Helper(rules, maxFileSize, first);
    } catch {
      return undefined;
    }
  }

  private constructor(rules: RuleSet, maxFileSize: number, first: number) {
    const shared = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
    this.counter = new Int32Array(shared);
    this.counter[NEXT] = first;
    this.counter[AVAIL] = first;
    this.posted = first;
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    // A structured clone copies own data only: rules still waiting to compile are compiled first.
    const init: WorkerInit = {
      kind: "leakproof-dir",
      rules: compileAll(rules),
      maxFileSize,
      shared,
      port: port2,
      first,
    };
    this.worker = new Worker(new URL(import.meta.url), { workerData: init, transferList: [port2] });
    this.done = new Promise((settle) => {
      this.worker.once("message", (m: Array<[number, FileResult]>) => settle(m));
      // A worker that fails leaves its files to this thread.
      this.worker.once("error", () => settle(undefined));
      this.worker.once("exit", () => settle(undefined));
    });
  }

  offer(files: readonly DirFile[]): void {
    if (files.length - this.posted >= BATCH) this.flush(files);
  }

  close(files: readonly DirFile[]): void {
    this.flush(files);
    Atomics.store(this.counter, DONE, 1);
    Atomics.notify(this.counter, AVAIL);
  }

  /** The worker's results; none to wait for if this thread scanned every file itself. */
  async results(allHere: boolean): Promise<Array<[number, FileResult]>> {
    return allHere ? [] : ((await this.done) ?? []);
  }

  /** Ends the worker, done or not (an error in the walk must not leave it waiting for files). */
  stop(): void {
    this.port.close();
    void this.worker.terminate();
  }

  private flush(files: readonly DirFile[]): void {
    if (files.length === this.posted) return;
    this.port.postMessage(files.slice(this.posted));
    this.posted = files.length;
    Atomics.store(this.counter, AVAIL, this.posted);
    Atomics.notify(this.counter, AVAIL);
  }
}

/** Worker thread: claims files until there are none left, then sends back what it found. */
function serve(init: WorkerInit): void {
  const detector = createDetector(init.rules, loadPrebuilt());
  const counter = new Int32Array(init.shared);
  const known: DirFile[] = [];
  const out: Array<[number, FileResult]> = [];
  for (let i; (i = claim(counter, true)) !== -1;) {
    // A file is posted before it is counted as available, so its message is already queued.
    while (init.first + known.length <= i) {
      const m = receiveMessageOnPort(init.port);
      if (m) known.push(...m.message);
      else Atomics.wait(counter, AVAIL, Atomics.load(counter, AVAIL), 1);
    }
    out.push([i, scanFile(known[i - init.first]!, detector, init.maxFileSize)]);
  }
  init.port.close();
  parentPort!.postMessage(out);
}

if (!isMainThread && (workerData as WorkerInit | undefined)?.kind === "leakproof-dir") serve(workerData as WorkerInit);
