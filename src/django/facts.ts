// What the deployment checks need to know beyond the settings: whether anything in the repository
// shows a proxy in front of Django, and whether the admin is served at the default admin/ URL.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { SyntaxNode } from "@lezer/common";
import type { Fact } from "./checks.js";
import type { Module } from "./evaluate.js";
import { moduleFile, type Project } from "./locate.js";
import { PySource, children } from "./source.js";
import { parseString } from "./evaluate.js";

export interface Place {
  file: string;
  line: number;
  column: number;
  lineText: string;
}

export interface Facts {
  facts: Set<Fact>;
  /** Where the admin is mounted, when at the default URL. */
  admin?: Place;
}

/** Files that show a reverse proxy or a platform that runs one. */
const PROXY_FILE =
  /(?:^|\/)(?:nginx[^/]{0,40}|[^/]{0,40}\.nginx|caddyfile|traefik[^/]{0,40}|haproxy[^/]{0,40}|procfile|app\.yaml|fly\.toml|render\.yaml|railway\.(?:json|toml)|heroku\.yml|\.platform\.app\.yaml|vercel\.json)$/i;
const PROXY_WORD = /\b(?:nginx|traefik|caddy|haproxy|envoy|ingress)\b/i;

export function projectFacts(project: Project, settings: Module): Facts {
  const facts = new Set<Fact>();
  if (!hasProxy(project)) facts.add("no-proxy");
  const admin = adminAtDefault(project, settings);
  if (admin) facts.add("admin-default-url");
  return admin ? { facts, admin } : { facts };
}

function hasProxy(project: Project): boolean {
  for (const f of project.otherFiles) {
    if (PROXY_FILE.test(f)) return true;
    const name = basename(f).toLowerCase();
    if (
      name.startsWith("dockerfile") ||
      /compose[\w.-]{0,60}\.ya?ml$/.test(name) ||
      f.includes("k8s/") ||
      f.includes("helm/")
    ) {
      try {
        if (PROXY_WORD.test(readFileSync(join(project.root, f), "utf8").slice(0, 1 << 20))) return true;
      } catch {
        // unreadable: no evidence
      }
    }
  }
  return false;
}

/** `path("admin/", admin.site.urls)` (or `url(r"^admin/", …)`, or `path(settings.ADMIN_URL, …)` with ADMIN_URL "admin/") in ROOT_URLCONF. */
function adminAtDefault(project: Project, settings: Module): Place | undefined {
  const urlconf = settings.ns.get("ROOT_URLCONF")?.value;
  if (urlconf?.t !== "str") return undefined;
  const file = moduleFile(project, urlconf.v);
  if (!file) return undefined;
  let src: PySource;
  try {
    src = new PySource(file, readFileSync(join(project.root, file), "utf8"));
  } catch {
    return undefined; // unreadable or not Python Django could load: nothing to say about the admin
  }
  let found: Place | undefined;
  const visit = (n: SyntaxNode): void => {
    if (found) return;
    if (n.name === "CallExpression") {
      const callee = n.firstChild ? src.textOf(n.firstChild) : "";
      const args = n.getChild("ArgList");
      if (/^(?:path|re_path|url)$/.test(callee.split(".").pop() ?? "") && args) {
        const [first, , second] = children(args).filter((c) => c.name !== "(" && c.name !== ")");
        if (first && second && /(?:^|\.)site\.urls$/.test(src.textOf(second)) && isDefaultAdmin(first, src, settings)) {
          const p = src.position(n.from);
          found = { file, line: p.line, column: p.column, lineText: src.lineText(p.line) };
          return;
        }
      }
    }
    for (const c of children(n)) visit(c);
  };
  visit(src.tree.topNode);
  return found;
}

function isDefaultAdmin(arg: SyntaxNode, src: PySource, settings: Module): boolean {
  let v;
  if (arg.name === "String") v = parseString(src.textOf(arg));
  else if (arg.name === "MemberExpression" && /^settings\.[A-Z_]+$/.test(src.textOf(arg)))
    v = settings.ns.get(src.textOf(arg).slice("settings.".length))?.value;
  if (v?.t !== "str") return false;
  return /^\^?\/?admin\/?$/.test(v.v);
}
