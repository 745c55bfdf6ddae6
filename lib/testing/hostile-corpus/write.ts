import fs from "node:fs";
import path from "node:path";
import { buildCorpus } from "./corpus";

/**
 * `npm run corpus:hostile -- [dir]` (default .data/hostile-corpus): writes every corpus file as
 * NNN-<id>.bin and manifest.json (id, group, the name to send, the expected outcome), e.g. to
 * try them against another deployment.
 */
const dir = path.resolve(process.argv[2] ?? ".data/hostile-corpus");
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const corpus = await buildCorpus();
const manifest = corpus.map((file, index) => {
  const fileName = `${String(index + 1).padStart(3, "0")}-${file.id.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "").slice(0, 60)}.bin`;
  fs.writeFileSync(path.join(dir, fileName), file.bytes);
  return { file: fileName, id: file.id, group: file.group, sendAs: file.name, chunked: file.chunked ?? false, bytes: file.bytes.length, expected: file.expected };
});
fs.writeFileSync(path.join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
const groups = new Map<string, number>();
for (const file of corpus) groups.set(file.group, (groups.get(file.group) ?? 0) + 1);
console.log(`${corpus.length} files in ${dir}: ${[...groups].map(([group, n]) => `${n} ${group}`).join(", ")}`);
