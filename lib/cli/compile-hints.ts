import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * V8's explicit compile hint (Chrome 136+, ADR 0017). A script that starts with this comment has
 * every function compiled eagerly, on the background thread that streams it, instead of lazily on
 * the main thread when first called. Our browser chunks are almost all run on load (Next.js and
 * React boot, hydration), and their lazy compilation was most of the main thread's blocking time.
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

function javaScriptFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return javaScriptFiles(full);
    return entry.isFile() && entry.name.endsWith(".js") ? [full] : [];
  });
}

/**
 * Puts the compile hint at the top of every browser chunk of a build, once: a file that already
 * starts with it is left alone, so running this again (every `npm start`) writes nothing.
 * Returns how many files it changed.
 */
export function addCompileHints(distDir = ".next"): number {
  let changed = 0;
  for (const file of javaScriptFiles(path.join(distDir, "static", "chunks"))) {
    const source = fs.readFileSync(file, "utf8");
    if (source.startsWith(COMPILE_HINT)) continue;
    fs.writeFileSync(file, COMPILE_HINT + source);
    changed++;
  }
  return changed;
}

// `tsx lib/cli/compile-hints.ts` (npm run build): after `next build`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const changed = addCompileHints();
  console.log(`Compile hints: added to ${changed} browser chunk(s).`);
}
