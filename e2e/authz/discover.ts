import fs from "node:fs";
import path from "node:path";

/**
 * What the app exposes, read from the code and the build, so the matrix includes a new page,
 * route or action without anyone remembering to add it (the spec then fails until it is registered).
 */
const repoRoot = path.resolve(import.meta.dirname, "../..");

function filesNamed(dir: string, name: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesNamed(full, name));
    else if (entry.name === name) found.push(full);
  }
  return found;
}

/** app/member/claims/(list)/page.tsx → /member/claims (route groups and @slots are not in the URL). */
export function routeOf(file: string): string {
  const segments = path.relative(path.join(repoRoot, "app"), path.dirname(file)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith("@"));
  return `/${segments.join("/")}`;
}

export function discoverPages(): string[] {
  return filesNamed(path.join(repoRoot, "app"), "page.tsx").map(routeOf).sort();
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** "METHOD /route" for every HTTP method a route.ts exports (functions, consts, or `export const { GET, POST } = …`). */
export function discoverRoutes(): string[] {
  const found: string[] = [];
  for (const file of filesNamed(path.join(repoRoot, "app"), "route.ts")) {
    const source = fs.readFileSync(file, "utf8");
    const exported = new Set<string>();
    for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+(\w+)/g)) exported.add(match[1]!);
    for (const match of source.matchAll(/export\s+const\s*\{([^}]*)\}/g)) for (const name of match[1]!.split(",")) exported.add(name.split(":").pop()!.trim());
    for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) for (const name of match[1]!.split(",")) exported.add(name.split(/\s+as\s+/).pop()!.trim());
    for (const method of METHODS) if (exported.has(method)) found.push(`${method} ${routeOf(file)}`);
  }
  return found.sort();
}

export interface DiscoveredAction {
  /** "<file>#<export>", the registry key. */
  key: string;
  /** The server-action id Next.js gave it (absent: exported with createAction but not used by any page). */
  id?: string;
  /** A page route whose bundle carries it: where it is posted. */
  page?: string;
  /** Wrapped in formAction(): it takes one FormData, posted as a plain HTML form. */
  form: boolean;
}

/** Every `export const x = createAction(...)` or `formAction(...)` in lib/ (also those no page imports yet). */
function actionExports(): { key: string; form: boolean }[] {
  const keys: { key: string; form: boolean }[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const source = fs.readFileSync(full, "utf8");
        for (const match of source.matchAll(/export\s+const\s+(\w+)\s*=\s*(createAction|formAction)\s*[(<]/g)) keys.push({ key: `${path.relative(repoRoot, full)}#${match[1]}`, form: match[2] === "formAction" });
      }
    }
  };
  walk(path.join(repoRoot, "lib"));
  return keys;
}

/** The build's server actions (what can be POSTed with Next-Action) plus every createAction export. */
export function discoverActions(): DiscoveredAction[] {
  const manifestFile = path.join(repoRoot, ".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as { node: Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }> };
  const actions = new Map<string, DiscoveredAction>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName) throw new Error(`${manifestFile}: action ${id} has no filename/exportedName (Next.js changed its manifest?)`);
    const worker = Object.keys(entry.workers).find((name) => name.startsWith("app/") && name.endsWith("/page") && !name.includes("_not-found"));
    const key = `${entry.filename}#${entry.exportedName}`;
    actions.set(key, { key, id, page: worker && routeOf(path.join(repoRoot, worker)), form: false });
  }
  for (const { key, form } of actionExports()) actions.set(key, { ...(actions.get(key) ?? { key }), form });
  return [...actions.values()].sort((a, b) => a.key.localeCompare(b.key));
}
