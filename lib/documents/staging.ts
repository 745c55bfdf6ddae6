import fs from "node:fs";
import path from "node:path";

/**
 * Where uploads are written while they arrive: `<documents root>/tmp/<uuid>.<pid>.part`. The pid
 * names the web process receiving it, so when that process dies mid-upload (kill -9, out of
 * memory) the supervisor removes exactly its files (lib/cli/serve.ts), while other processes'
 * uploads in flight are left alone; at start, with no process running yet, all are removed.
 * No server-only import: the supervisor uses it outside Next.js.
 */
export const stagingDir = (documentsRoot: string) => path.join(documentsRoot, "tmp");

export const stagingFileName = (id: string, pid = process.pid) => `${id}.${pid}.part`;

/** Removes the staging files of `pid`, or all of them; returns how many. */
export function removeStagingFiles(documentsRoot: string, pid?: number): number {
  let names: string[];
  try {
    names = fs.readdirSync(stagingDir(documentsRoot));
  } catch {
    return 0;
  }
  const ours = pid === undefined ? (name: string) => name.endsWith(".part") : (name: string) => name.endsWith(`.${pid}.part`);
  let removed = 0;
  for (const name of names.filter(ours)) {
    fs.rmSync(path.join(stagingDir(documentsRoot), name), { force: true });
    removed += 1;
  }
  return removed;
}
