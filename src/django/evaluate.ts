// Evaluates a settings module's top level the way Python would, as far as it can be known without
// running it: assignments (later ones win), `+=`, list mutations, `if`/`elif`/`else` (a branch
// chosen by an environment default carries that dependency; an undecidable one makes the names it
// sets unknown), `try`/`except ImportError`, and `from .base import *` chains.
import type { SyntaxNode } from "@lezer/common";
import { PySource, children } from "./source.js";
import { readEnv, readEnvMethod, castTo, required, type Args } from "./envread.js";
import {
  type Val,
  NONE,
  TRUE,
  FALSE,
  bool,
  num,
  str,
  unknown,
  withDeps,
  truthy,
  equal,
  contains,
  itemsOf,
  sameKind,
} from "./value.js";

/** Where a name got its value. */
export interface Binding {
  value: Val;
  file: string;
  line: number;
  column: number;
  lineText: string;
}

export interface Module {
  name: string;
  file: string;
  ns: Map<string, Binding>;
}

/** Finds a project module's file and text; undefined for a library (or a module not in the project). */
export type Loader = (module: string) => { file: string; text: string } | undefined;

const BUILTINS = new Set(["bool", "int", "str", "float", "list", "tuple", "set", "dict", "len", "strtobool"]);

class ImportFailed extends Error {}

export class Evaluator {
  private readonly cache = new Map<string, Module>();
  private readonly loading = new Set<string>();
  /** Modules that could not be followed, with where: reported as notes. */
  readonly notes: string[] = [];

  constructor(private readonly load: Loader) {}

  /** Evaluates a module by dotted name; undefined when it is not a project file. */
  module(name: string): Module | undefined {
    const cached = this.cache.get(name);
    if (cached) return cached;
    if (this.loading.has(name)) return undefined;
    const found = this.load(name);
    if (!found) return undefined;
    this.loading.add(name);
    try {
      const src = new PySource(found.file, found.text);
      const isPackage = /(^|\/)__init__\.py$/.test(found.file);
      const run = new ModuleRun(this, src, name, isPackage);
      run.body(src.tree.topNode, []);
      const mod: Module = { name, file: found.file, ns: run.ns };
      this.cache.set(name, mod);
      return mod;
    } finally {
      this.loading.delete(name);
    }
  }
}

/** One module's evaluation: its namespace and the conditions in force. */
class ModuleRun {
  ns = new Map<string, Binding>();
  /** How many `try` bodies enclose the statement being run. */
  private tryDepth = 0;

  constructor(
    private readonly ev: Evaluator,
    private readonly src: PySource,
    private readonly name: string,
    private readonly isPackage: boolean,
  ) {}

  /** Runs a block's statements; `conds` are the enclosing branch conditions (their env dependencies apply). */
  body(node: SyntaxNode, conds: Val[]): void {
    for (const st of children(node)) this.statement(st, conds);
  }

  private statement(st: SyntaxNode, conds: Val[]): void {
    switch (st.name) {
      case "AssignStatement":
        return this.assign(st, conds);
      case "UpdateStatement":
        return this.update(st, conds);
      case "ExpressionStatement":
        return this.expressionStatement(st, conds);
      case "ImportStatement":
        return this.importStatement(st, conds);
      case "IfStatement":
        return this.ifStatement(st, conds);
      case "TryStatement":
        return this.tryStatement(st, conds);
      case "DeleteStatement":
        for (const c of children(st)) if (c.name === "VariableName") this.ns.delete(this.src.textOf(c));
        return;
      case "FunctionDefinition":
      case "ClassDefinition": {
        const n = st.getChild("VariableName");
        if (n) this.bind(this.src.textOf(n), n, unknown(st.name === "ClassDefinition" ? "a class" : "a function"));
        return;
      }
      case "ForStatement":
      case "WhileStatement":
      case "WithStatement": {
        // Names a loop or with-block sets are not followed: they become unknown.
        for (const name of assignedNames(st, this.src)) this.bind(name.text, name.node, unknown(`set in a ${st.name}`));
        return;
      }
      default:
        return;
    }
  }

  private bind(name: string, at: SyntaxNode, value: Val, conds: Val[] = []): void {
    const p = this.src.position(at.from);
    this.ns.set(name, {
      value: conds.length > 0 ? withDeps(value, ...conds.map(depsOnly)) : value,
      file: this.src.file,
      line: p.line,
      column: p.column,
      lineText: this.src.lineText(p.line),
    });
  }

  private assign(st: SyntaxNode, conds: Val[]): void {
    const parts = children(st);
    const ops = parts.map((c, i) => (c.name === "AssignOp" ? i : -1)).filter((i) => i >= 0);
    if (ops.length === 0) return; // an annotation without a value
    const last = ops[ops.length - 1]!;
    const value = this.tupleOrOne(parts.slice(last + 1));
    let start = 0;
    for (const op of ops) {
      const targets = parts.slice(start, op).filter((c) => c.name !== "TypeDef");
      this.assignTargets(targets, value, conds);
      start = op + 1;
    }
  }

  /** `a, b = 1, 2` or `a = 1`; subscript and attribute targets are not followed. */
  private assignTargets(targets: SyntaxNode[], value: Val, conds: Val[]): void {
    const names = targets.filter((t) => t.name !== ",");
    const unpack = targets.some((t) => t.name === ",") ? names : undefined;
    const list =
      names.length === 1 && (names[0]!.name === "TupleExpression" || names[0]!.name === "ArrayExpression")
        ? children(names[0]!).filter((c) => !["(", ")", "[", "]", ","].includes(c.name))
        : unpack;
    if (list) {
      const items = itemsOf(value);
      list.forEach((t, i) => {
        if (t.name !== "VariableName") return;
        const v = items && items.length === list.length ? items[i]! : unknown("unpacked", value);
        this.bind(this.src.textOf(t), t, v, conds);
      });
      return;
    }
    const t = names[0];
    if (t?.name === "VariableName") this.bind(this.src.textOf(t), t, value, conds);
  }

  private tupleOrOne(nodes: SyntaxNode[]): Val {
    const exprs = nodes.filter((c) => c.name !== ",");
    if (nodes.some((c) => c.name === ",")) return { t: "tuple", items: exprs.map((e) => this.expr(e)) };
    return exprs[0] ? this.expr(exprs[0]) : unknown("empty");
  }

  private update(st: SyntaxNode, conds: Val[]): void {
    const parts = children(st);
    const target = parts[0];
    const op = parts.find((c) => c.name === "UpdateOp");
    if (!target || target.name !== "VariableName" || !op) return;
    const name = this.src.textOf(target);
    const old = this.ns.get(name)?.value ?? unknown(`${name} is not defined before`);
    const rhs = this.tupleOrOne(parts.slice(parts.indexOf(op) + 1));
    const v = this.src.textOf(op) === "+=" ? add(old, rhs) : unknown("augmented assignment", old, rhs);
    this.bind(name, target, v, conds);
  }

  /** `MIDDLEWARE.append(…)`, `.insert(…)`, `.extend(…)`, `.remove(…)` on a module-level list. */
  private expressionStatement(st: SyntaxNode, conds: Val[]): void {
    const call = st.firstChild;
    if (call?.name !== "CallExpression") return;
    const callee = call.firstChild;
    if (callee?.name !== "MemberExpression") return;
    const obj = callee.firstChild;
    const prop = callee.getChild("PropertyName");
    if (obj?.name !== "VariableName" || !prop) return;
    const name = this.src.textOf(obj);
    const binding = this.ns.get(name);
    if (!binding) return;
    const old = binding.value;
    const items = itemsOf(old);
    const args = this.args(call.getChild("ArgList"));
    const method = this.src.textOf(prop);
    if (!["append", "insert", "extend", "remove", "pop", "clear", "update"].includes(method)) return;
    let next: Val;
    if (!items || old.t === "tuple") next = unknown(`${name}.${method}()`, old);
    else if (method === "append" && args.positional[0])
      next = withDeps(sameKind(old, [...items, args.positional[0]]), old);
    else if (method === "insert" && args.positional[1]) {
      const i = args.positional[0];
      const at = i?.t === "num" ? (i.v < 0 ? Math.max(0, items.length + i.v) : Math.min(i.v, items.length)) : undefined;
      next =
        at === undefined
          ? unknown(`${name}.insert() at a computed place`, old)
          : withDeps(sameKind(old, [...items.slice(0, at), args.positional[1], ...items.slice(at)]), old);
    } else if (method === "extend" && args.positional[0]) next = add(old, args.positional[0]);
    else if (method === "remove" && args.positional[0]) {
      const gone = args.positional[0];
      const i = items.findIndex((x) => equal(x, gone) === true);
      next =
        i >= 0
          ? withDeps(
              sameKind(
                old,
                items.filter((_, j) => j !== i),
              ),
              old,
            )
          : unknown(`${name}.remove()`, old);
    } else if (method === "clear") next = sameKind(old, []);
    else next = unknown(`${name}.${method}()`, old);
    this.bind(name, obj, next, conds);
  }

  private importStatement(st: SyntaxNode, conds: Val[]): void {
    const parts = children(st);
    if (parts[0]?.name === "import") {
      // import a.b.c [as x], d
      let i = 1;
      while (i < parts.length) {
        const dotted: string[] = [];
        const first = parts[i]!;
        while (i < parts.length && (parts[i]!.name === "VariableName" || parts[i]!.name === ".")) {
          if (parts[i]!.name === "VariableName") dotted.push(this.src.textOf(parts[i]!));
          i++;
        }
        let alias: SyntaxNode | undefined;
        if (parts[i]?.name === "as") {
          alias = parts[i + 1];
          i += 2;
        }
        if (dotted.length > 0) {
          if (alias) this.bind(this.src.textOf(alias), alias, { t: "ref", path: dotted.join(".") }, conds);
          else this.bind(dotted[0]!, first, { t: "ref", path: dotted[0]! }, conds);
        }
        i++; // the comma
      }
      return;
    }
    // from [.]*a.b import x [as y], * …
    const imp = parts.findIndex((c) => c.name === "import");
    let level = 0;
    const dotted: string[] = [];
    for (const c of parts.slice(1, imp)) {
      if (c.name === "VariableName") dotted.push(this.src.textOf(c));
      else if (c.name === ".") {
        if (dotted.length === 0) level++;
      } else if (c.name === "Ellipsis") level += 3;
    }
    const target = this.absolute(level, dotted.join("."));
    if (target === undefined) return this.importFailed(`relative import beyond the top package`);
    const names = parts.slice(imp + 1);
    const mod = level > 0 || target !== "" ? this.ev.module(target) : undefined;
    if (level > 0 && !mod) return this.importFailed(`${target} is not in the project`);
    if (names.some((c) => c.name === "*")) {
      if (!mod) {
        if (this.isProjectLike(target)) return this.importFailed(`${target} is not in the project`);
        this.ev.notes.push(`${this.src.file}: \`from ${target} import *\` is not followed (not a file of the project)`);
        return;
      }
      for (const [k, b] of mod.ns) {
        if (k.startsWith("_")) continue;
        this.ns.set(k, conds.length > 0 ? { ...b, value: withDeps(b.value, ...conds.map(depsOnly)) } : b);
      }
      return;
    }
    for (let i = 0; i < names.length; i++) {
      const n = names[i]!;
      if (n.name !== "VariableName") continue;
      const key = this.src.textOf(n);
      let alias = n;
      if (names[i + 1]?.name === "as" && names[i + 2]) {
        alias = names[i + 2]!;
        i += 2;
      }
      if (mod) {
        const b = mod.ns.get(key);
        const sub = b ? undefined : this.ev.module(`${target}.${key}`);
        const v: Val = b ? b.value : sub ? { t: "ref", path: `${target}.${key}` } : unknown(`${key} not in ${target}`);
        this.bind(this.src.textOf(alias), alias, v, conds);
      } else this.bind(this.src.textOf(alias), alias, { t: "ref", path: `${target}.${key}` }, conds);
    }
  }

  /**
   * A project import that cannot be followed. Inside `try`, Python's ImportError runs the handler;
   * elsewhere the module (often a git-ignored local.py, present on the server only) is skipped
   * with a note, and what follows is still read.
   */
  private importFailed(why: string): void {
    if (this.tryDepth > 0) throw new ImportFailed(why);
    this.ev.notes.push(`${this.src.file}: an import is not followed (${why}); settings it would set are not seen`);
  }

  /** A module named like one of the project's own settings (`settings.x`), not a library. */
  private isProjectLike(target: string): boolean {
    return target.split(".").includes("settings");
  }

  /** The absolute module name of `from <dots><name> import`, as Python resolves it. */
  private absolute(level: number, name: string): string | undefined {
    if (level === 0) return name;
    const pkg = this.name.split(".");
    if (!this.isPackage) pkg.pop();
    for (let i = 1; i < level; i++) {
      if (pkg.length === 0) return undefined;
      pkg.pop();
    }
    return [...pkg, ...(name ? [name] : [])].join(".");
  }

  private ifStatement(st: SyntaxNode, conds: Val[]): void {
    const parts = children(st);
    // Branches: [condition | undefined for else, body].
    const branches: Array<[SyntaxNode | undefined, SyntaxNode]> = [];
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if ((p.name === "if" || p.name === "elif") && parts[i + 2]?.name === "Body")
        branches.push([parts[i + 1], parts[i + 2]!]);
      else if (p.name === "else" && parts[i + 1]?.name === "Body") branches.push([undefined, parts[i + 1]!]);
    }
    const seen: Val[] = [];
    for (const [condNode, bodyNode] of branches) {
      const c = condNode ? this.expr(condNode) : TRUE;
      const t = truthy(c);
      if (t === undefined) {
        this.undecided(branches.slice(branches.findIndex(([n]) => n === condNode)), condNode!, [...conds, ...seen]);
        return;
      }
      seen.push(depsOnly(c));
      if (t) {
        this.body(bodyNode, [...conds, ...seen]);
        return;
      }
    }
  }

  /** Branches from an undecidable condition on: a name they set the same way keeps its value, others become unknown. */
  private undecided(branches: Array<[SyntaxNode | undefined, SyntaxNode]>, at: SyntaxNode, conds: Val[]): void {
    const why = `depends on \`${this.src.textOf(at).slice(0, 60)}\` (line ${this.src.position(at.from).line})`;
    const before = this.ns;
    const outcomes: Array<Map<string, Binding>> = [];
    for (const [, bodyNode] of branches) {
      this.ns = new Map(before);
      this.body(bodyNode, conds);
      outcomes.push(this.ns);
    }
    if (!branches.some(([n]) => n === undefined)) outcomes.push(new Map(before));
    const merged = new Map(before);
    const names = new Set(outcomes.flatMap((o) => [...o.keys()]));
    for (const name of names) {
      const bs = outcomes.map((o) => o.get(name));
      const first = bs.find((b) => b !== undefined)!;
      const same = bs.every((b) => b !== undefined && equal(b.value, first.value) === true);
      merged.set(name, same ? first : { ...first, value: unknown(why, ...bs.flatMap((b) => (b ? [b.value] : []))) });
    }
    this.ns = merged;
  }

  private tryStatement(st: SyntaxNode, conds: Val[]): void {
    const parts = children(st);
    const bodies = parts.filter((c) => c.name === "Body");
    const kw = (i: number) => parts[parts.indexOf(bodies[i]!) - 1];
    const tryBody = bodies[0];
    if (!tryBody) return;
    const handler = bodies.find(
      (b, i) => i > 0 && kw(i) && parts.slice(0, parts.indexOf(b)).some((c) => c.name === "except"),
    );
    const elseBody = bodies.find((b) => parts[parts.indexOf(b) - 1]?.name === "else");
    const finallyBody = bodies.find((b) => parts[parts.indexOf(b) - 1]?.name === "finally");
    try {
      this.tryDepth++;
      try {
        this.body(tryBody, conds);
      } finally {
        this.tryDepth--;
      }
      if (elseBody) this.body(elseBody, conds);
    } catch (e) {
      if (!(e instanceof ImportFailed)) throw e;
      // Python keeps what ran before the failing import.
      if (handler && handler !== elseBody && handler !== finallyBody) this.body(handler, conds);
    }
    if (finallyBody) this.body(finallyBody, conds);
  }

  // ---- expressions

  expr(node: SyntaxNode): Val {
    const s = this.src;
    switch (node.name) {
      case "Boolean":
        return s.textOf(node) === "True" ? TRUE : FALSE;
      case "None":
        return NONE;
      case "Number":
        return parseNumber(s.textOf(node));
      case "String":
        return parseString(s.textOf(node));
      case "ContinuedString": {
        const parts = children(node).map((c) => this.expr(c));
        if (parts.every((p) => p.t === "str")) return str(parts.map((p) => (p as { v: string }).v).join(""));
        return unknown("an f-string", ...parts);
      }
      case "FormatString": {
        const reps = node.getChildren("FormatReplacement");
        if (reps.length === 0) return parseString(s.textOf(node));
        return unknown("an f-string", ...reps.flatMap((r) => children(r).map((c) => this.expr(c))));
      }
      case "ParenthesizedExpression": {
        const inner = children(node).filter((c) => c.name !== "(" && c.name !== ")");
        return inner[0] ? this.expr(inner[0]) : unknown("()");
      }
      case "ArrayExpression":
      case "TupleExpression":
      case "SetExpression":
        return this.sequence(
          node,
          node.name === "ArrayExpression" ? "list" : node.name === "TupleExpression" ? "tuple" : "set",
        );
      case "DictionaryExpression":
        return this.dict(node);
      case "VariableName": {
        const name = s.textOf(node);
        const b = this.ns.get(name);
        if (b) return b.value;
        if (BUILTINS.has(name)) return { t: "ref", path: `builtins.${name}` };
        return unknown(`${name} is not defined here`);
      }
      case "MemberExpression":
        return this.member(node);
      case "CallExpression":
        return this.call(node);
      case "UnaryExpression": {
        const [op, operand] = children(node);
        if (!op || !operand) return unknown("unary");
        const v = this.expr(operand);
        const o = s.textOf(op);
        if (o === "not") {
          const t = truthy(v);
          return t === undefined ? unknown("not ?", v) : withDeps(bool(!t), v);
        }
        if (o === "-" && v.t === "num") return withDeps(num(-v.v), v);
        if (o === "+" && v.t === "num") return v;
        return unknown(`unary ${o}`, v);
      }
      case "BinaryExpression":
        return this.binary(node);
      case "ConditionalExpression": {
        const [a, , c, , b] = children(node);
        if (!a || !c || !b) return unknown("conditional");
        const cond = this.expr(c);
        const t = truthy(cond);
        if (t === undefined) {
          const va = this.expr(a);
          const vb = this.expr(b);
          return equal(va, vb) === true
            ? withDeps(va, cond)
            : unknown(`depends on \`${s.textOf(c).slice(0, 60)}\``, cond, va, vb);
        }
        return withDeps(this.expr(t ? a : b), cond);
      }
      default:
        return unknown(`a ${node.name}`);
    }
  }

  private sequence(node: SyntaxNode, t: "list" | "tuple" | "set"): Val {
    const items: Val[] = [];
    const deps: Val[] = [];
    const parts = children(node);
    for (let i = 0; i < parts.length; i++) {
      const c = parts[i]!;
      if (["(", ")", "[", "]", "{", "}", ","].includes(c.name)) continue;
      if (c.name === "*" && parts[i + 1]) {
        const spread = this.expr(parts[++i]!);
        const more = itemsOf(spread);
        if (!more) return unknown("a * spread", spread);
        items.push(...more);
        deps.push(spread);
        continue;
      }
      if (c.name === "for" || c.name === "ComprehensionExpression") return unknown("a comprehension");
      items.push(this.expr(c));
    }
    return withDeps({ t, items }, ...deps.map(depsOnly));
  }

  private dict(node: SyntaxNode): Val {
    const entries: Array<[Val, Val]> = [];
    const parts = children(node).filter((c) => !["{", "}", ","].includes(c.name));
    for (let i = 0; i < parts.length; i++) {
      const c = parts[i]!;
      if (c.name === "**") {
        const spread = this.expr(parts[++i]!);
        if (spread.t !== "dict") return unknown("a ** spread", spread);
        entries.push(...spread.entries);
      } else if (parts[i + 1]?.name === ":" && parts[i + 2]) {
        entries.push([this.expr(c), this.expr(parts[i + 2]!)]);
        i += 2;
      } else if (c.name === "for") return unknown("a comprehension");
    }
    return { t: "dict", entries };
  }

  private member(node: SyntaxNode): Val {
    const obj = node.firstChild;
    if (!obj) return unknown("member");
    const base = this.expr(obj);
    const prop = node.getChild("PropertyName");
    if (prop) {
      const p = this.src.textOf(prop);
      if (base.t === "ref") return { t: "ref", path: `${base.path}.${p}` };
      return unknown(`.${p}`, base);
    }
    // Subscript: x[i].
    const parts = children(node).filter((c) => c.name !== "[" && c.name !== "]");
    const index = parts[1] ? this.expr(parts[1]) : unknown("slice");
    if (base.t === "ref" && base.path === "os.environ" && index.t === "str") return required(index.v);
    if ((base.t === "list" || base.t === "tuple") && index.t === "num") {
      const i = index.v < 0 ? base.items.length + index.v : index.v;
      const item = base.items[i];
      return item ? withDeps(item, base, index) : unknown("index out of range");
    }
    if (base.t === "dict") {
      const hit = base.entries.find(([k]) => equal(k, index) === true);
      if (hit) return withDeps(hit[1], base, index);
    }
    return unknown("a subscript", base, index);
  }

  args(list: SyntaxNode | null): Args {
    const out: Args = { positional: [], keyword: new Map() };
    if (!list) return out;
    const parts = children(list).filter((c) => c.name !== "(" && c.name !== ")" && c.name !== ",");
    for (let i = 0; i < parts.length; i++) {
      const c = parts[i]!;
      if (c.name === "VariableName" && parts[i + 1]?.name === "AssignOp" && parts[i + 2]) {
        out.keyword.set(this.src.textOf(c), this.expr(parts[i + 2]!));
        i += 2;
      } else if (c.name === "*" || c.name === "**") {
        out.positional.push(unknown("a spread argument"));
        i++;
      } else out.positional.push(this.expr(c));
    }
    return out;
  }

  private call(node: SyntaxNode): Val {
    const callee = node.firstChild;
    if (!callee) return unknown("call");
    const args = this.args(node.getChild("ArgList"));
    const all = [...args.positional, ...args.keyword.values()];
    if (callee.name === "MemberExpression" && callee.getChild("PropertyName")) {
      const method = this.src.textOf(callee.getChild("PropertyName")!);
      const obj = this.expr(callee.firstChild!);
      const viaObj = readEnvMethod(obj, method, args);
      if (viaObj) return viaObj;
      if (obj.t === "str") return withDeps(strMethod(obj.v, method, args), obj, ...all.map(depsOnly));
      if (obj.t === "dict" && method === "get") {
        const hit = obj.entries.find(([k]) => equal(k, args.positional[0] ?? NONE) === true);
        return hit ? hit[1] : (args.positional[1] ?? NONE);
      }
    }
    const f = this.expr(callee);
    const envRead = readEnv(f, args);
    if (envRead) return envRead;
    if (f.t === "envobj") return readEnvMethod(f, undefined, args) ?? unknown("env()");
    if (f.t === "ref") return withDeps(callRef(f.path, args), ...all.map(depsOnly));
    return unknown(`a call of ${this.src.textOf(callee).slice(0, 40)}`, ...all.map(depsOnly));
  }

  private binary(node: SyntaxNode): Val {
    const parts = children(node);
    const left = parts[0];
    const right = parts[parts.length - 1];
    if (!left || !right) return unknown("binary");
    const ops = parts.slice(1, -1).map((p) => this.src.textOf(p));
    const op = ops.join(" ");
    const a = this.expr(left);
    if (op === "and" || op === "or") {
      const t = truthy(a);
      if (t === undefined) return unknown(op, a, this.expr(right));
      if ((op === "and") !== t) return a; // short-circuit: `False and x` is False, `True or x` is True
      return withDeps(this.expr(right), a);
    }
    const b = this.expr(right);
    const known = (r: boolean | undefined) => (r === undefined ? unknown(op, a, b) : withDeps(bool(r), a, b));
    switch (op) {
      case "==":
        return known(equal(a, b));
      case "!=": {
        const e = equal(a, b);
        return known(e === undefined ? undefined : !e);
      }
      case "in":
        // `"X" in os.environ`: not when the variable is unset.
        if (b.t === "ref" && b.path === "os.environ" && a.t === "str")
          return withDeps(FALSE, { t: "none", env: [a.v] });
        return known(contains(b, a));
      case "not in": {
        if (b.t === "ref" && b.path === "os.environ" && a.t === "str") return withDeps(TRUE, { t: "none", env: [a.v] });
        const c = contains(b, a);
        return known(c === undefined ? undefined : !c);
      }
      case "is":
      case "is not": {
        const same =
          a.t === "unknown" || b.t === "unknown"
            ? undefined
            : a.t === "none" && b.t === "none"
              ? true
              : a.t === "none" || b.t === "none"
                ? false
                : a.t === "bool" && b.t === "bool"
                  ? a.v === b.v
                  : undefined;
        return known(same === undefined ? undefined : op === "is" ? same : !same);
      }
      case "+":
        return add(a, b);
      case "*":
        if (a.t === "num" && b.t === "num") return withDeps(num(a.v * b.v), a, b);
        return unknown(op, a, b);
      case "<":
      case ">":
      case "<=":
      case ">=":
        if (a.t === "num" && b.t === "num")
          return withDeps(
            bool(op === "<" ? a.v < b.v : op === ">" ? a.v > b.v : op === "<=" ? a.v <= b.v : a.v >= b.v),
            a,
            b,
          );
        return unknown(op, a, b);
      default:
        return unknown(op, a, b);
    }
  }
}

/** A value's environment dependencies only (for conditions that chose a branch). */
function depsOnly(v: Val): Val {
  return withDeps(NONE, v);
}

function add(a: Val, b: Val): Val {
  if (a.t === "num" && b.t === "num") return withDeps(num(a.v + b.v), a, b);
  if (a.t === "str" && b.t === "str") return withDeps(str(a.v + b.v), a, b);
  const ia = itemsOf(a);
  const ib = itemsOf(b);
  if (ia && ib && a.t !== "set") return withDeps(sameKind(a, [...ia, ...ib]), a, b);
  return unknown("+", a, b);
}

/** Calls of known names: builtins' casts, library constructors; anything else is unknown. */
function callRef(path: string, args: Args): Val {
  const a0 = args.positional[0];
  switch (path) {
    case "builtins.bool":
      if (!a0) return FALSE;
      return truthy(a0) === undefined ? unknown("bool(?)", a0) : withDeps(bool(truthy(a0)!), a0);
    case "builtins.int":
    case "builtins.float":
      return a0 ? withDeps(castTo("int", a0), a0) : num(0);
    case "builtins.str":
      return a0 ? (a0.t === "str" ? a0 : unknown("str()", a0)) : str("");
    case "builtins.list":
    case "builtins.tuple":
    case "builtins.set": {
      const items = a0 ? itemsOf(a0) : [];
      const t = path.slice("builtins.".length) as "list" | "tuple" | "set";
      if (items) return withDeps({ t, items }, ...(a0 ? [a0] : []));
      if (a0?.t === "str") return withDeps({ t, items: [...a0.v].map(str) }, a0);
      return unknown(`${t}()`, ...(a0 ? [a0] : []));
    }
    case "builtins.strtobool":
    case "distutils.util.strtobool":
    case "builtins.len":
      if (path.endsWith("len")) {
        const items = a0 ? itemsOf(a0) : undefined;
        if (items) return num(items.length);
        if (a0?.t === "str") return withDeps(num(a0.v.length), a0);
        return unknown("len()", ...(a0 ? [a0] : []));
      }
      return a0 ? withDeps(castTo("bool", a0, "decouple"), a0) : unknown("strtobool()");
    case "environ.Env":
    case "environ.environ.Env": {
      const scheme = new Map<string, { cast?: string; default?: Val }>();
      for (const [k, v] of args.keyword) {
        const items = itemsOf(v);
        if (v.t === "tuple" && items && items.length >= 1) {
          const c = items[0]!;
          scheme.set(k, {
            ...(c.t === "ref" ? { cast: c.path.split(".").pop()! } : {}),
            ...(items[1] ? { default: items[1] } : {}),
          });
        } else if (v.t === "ref") scheme.set(k, { cast: v.path.split(".").pop()! });
      }
      return { t: "envobj", lib: "django-environ", scheme };
    }
    case "environs.Env":
      return { t: "envobj", lib: "environs", scheme: new Map() };
    case "decouple.AutoConfig":
    case "decouple.Config":
      return { t: "ref", path: "decouple.config" };
    case "decouple.Csv":
      return { t: "ref", path: "decouple.Csv()" };
    default:
      return unknown(`${path}()`);
  }
}

function strMethod(s: string, method: string, args: Args): Val {
  const a0 = args.positional[0];
  switch (method) {
    case "lower":
      return str(s.toLowerCase());
    case "upper":
      return str(s.toUpperCase());
    case "strip":
      return str(s.trim());
    case "lstrip":
      return str(s.trimStart());
    case "rstrip":
      return str(s.trimEnd());
    case "capitalize":
      return str(s.charAt(0).toUpperCase() + s.slice(1).toLowerCase());
    case "split": {
      if (a0 === undefined || a0.t === "none")
        return {
          t: "list",
          items: s
            .split(/\s+/)
            .filter((x) => x.length > 0)
            .map(str),
        };
      if (a0.t === "str" && a0.v.length > 0) return { t: "list", items: s.split(a0.v).map(str) };
      return unknown("split()");
    }
    case "startswith":
    case "endswith":
      if (a0?.t === "str") return bool(method === "startswith" ? s.startsWith(a0.v) : s.endsWith(a0.v));
      return unknown(method);
    case "replace": {
      const b = args.positional[1];
      if (a0?.t === "str" && b?.t === "str" && a0.v.length > 0) return str(s.split(a0.v).join(b.v));
      return unknown("replace()");
    }
    default:
      return unknown(`str.${method}()`);
  }
}

function parseNumber(text: string): Val {
  const t = text.replace(/_/g, "").toLowerCase();
  if (/[jJ]$/.test(t)) return unknown("a complex number");
  if (/^0x[0-9a-f]+$/.test(t)) return num(parseInt(t.slice(2), 16));
  if (/^0o[0-7]+$/.test(t)) return num(parseInt(t.slice(2), 8));
  if (/^0b[01]+$/.test(t)) return num(parseInt(t.slice(2), 2));
  const n = Number(t.replace(/l$/, ""));
  return Number.isNaN(n) ? unknown(`number ${text}`) : num(n);
}

/** A Python string literal's value: prefixes (r, b, u, f), single/triple quotes, common escapes. */
export function parseString(text: string): Val {
  const m = /^([rRbBuUfF]{0,2})('''|"""|'|")/.exec(text);
  if (!m) return unknown("a string");
  const raw = /r/i.test(m[1]!);
  const q = m[2]!;
  const body = text.slice(m[0].length, text.length - q.length);
  if (raw) return str(body);
  const esc: Record<string, string> = {
    n: "\n",
    t: "\t",
    r: "\r",
    "\\": "\\",
    "'": "'",
    '"': '"',
    "0": "\0",
    "\n": "",
  };
  return str(
    body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.|\n)/g, (all, e: string) => {
      if (e.length > 1 && /^[xuU]/.test(e)) return String.fromCodePoint(parseInt(e.slice(1), 16));
      return esc[e] ?? all;
    }),
  );
}

/** Names a compound statement assigns anywhere inside it (targets of `=` and `+=`). */
function assignedNames(st: SyntaxNode, src: PySource): Array<{ text: string; node: SyntaxNode }> {
  const out: Array<{ text: string; node: SyntaxNode }> = [];
  const walk = (n: SyntaxNode): void => {
    if (n.name === "AssignStatement" || n.name === "UpdateStatement") {
      const first = n.firstChild;
      if (first?.name === "VariableName") out.push({ text: src.textOf(first), node: first });
    }
    for (const c of children(n)) walk(c);
  };
  walk(st);
  return out;
}
