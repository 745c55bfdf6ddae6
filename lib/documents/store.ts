import "server-only";
import crypto from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { env } from "../env";
import { stagingDir, stagingFileName } from "./staging";

/**
 * Where uploaded files live. Keys are generated here (uuid v4, nothing from the user), so a file
 * name can never choose or guess a path. Files are served only through app/api/documents/[id]
 * after an access check, never from `public/`.
 */
export interface DocumentStore {
  /** A fresh path in the store's staging area (same filesystem, so `putFile` is an atomic rename). */
  tempPath(): Promise<string>;
  /** Moves a finished file (normally from `tempPath()`) into the store; returns its new key. */
  putFile(sourcePath: string): Promise<string>;
  /** Writes a stream into the store; returns its new key. */
  putStream(source: Readable | AsyncIterable<Uint8Array>): Promise<string>;
  openReadStream(key: string): Readable;
  /** Removes a stored file; a missing file is not an error (delete is retried by cleanup). */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Deletes staging files older than the cut-off (uploads that crashed half-way). Returns how many. */
  sweepTemp(olderThan: Date): Promise<number>;
}

const KEY_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isStorageKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/** `<root>/ab/cd/<key>`: two levels of 256 directories keep each directory small. */
export function shardedPath(root: string, key: string): string {
  // Only keys this module generated are valid; anything else (e.g. "../x") never reaches the filesystem.
  if (!isStorageKey(key)) throw new Error("Invalid document storage key");
  return path.join(root, key.slice(0, 2), key.slice(2, 4), key);
}

export class FileSystemDocumentStore implements DocumentStore {
  readonly root: string;
  private readonly tmpDir: string;

  constructor(root: string) {
    this.root = path.resolve(root);
    this.tmpDir = stagingDir(this.root);
  }

  async tempPath(): Promise<string> {
    await fs.mkdir(this.tmpDir, { recursive: true, mode: 0o700 });
    return path.join(this.tmpDir, stagingFileName(crypto.randomUUID()));
  }

  async putFile(sourcePath: string): Promise<string> {
    const key = crypto.randomUUID();
    const target = shardedPath(this.root, key);
    await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    try {
      await fs.rename(sourcePath, target);
    } catch (error) {
      // A source on another filesystem cannot be renamed: copy, then remove the source.
      if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
      await fs.copyFile(sourcePath, target);
      await fs.rm(sourcePath, { force: true });
    }
    return key;
  }

  async putStream(source: Readable | AsyncIterable<Uint8Array>): Promise<string> {
    const temp = await this.tempPath();
    try {
      await pipeline(source, createWriteStream(temp, { flags: "wx", mode: 0o600 }));
      return await this.putFile(temp);
    } finally {
      await fs.rm(temp, { force: true });
    }
  }

  openReadStream(key: string): Readable {
    return createReadStream(shardedPath(this.root, key));
  }

  async delete(key: string): Promise<void> {
    await fs.rm(shardedPath(this.root, key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      await fs.access(shardedPath(this.root, key));
      return true;
    } catch {
      return false;
    }
  }

  async sweepTemp(olderThan: Date): Promise<number> {
    let names: string[];
    try {
      names = await fs.readdir(this.tmpDir);
    } catch {
      return 0;
    }
    let removed = 0;
    for (const name of names) {
      const file = path.join(this.tmpDir, name);
      const stat = await fs.stat(file).catch(() => null);
      if (stat?.isFile() && stat.mtime < olderThan) {
        await fs.rm(file, { force: true });
        removed += 1;
      }
    }
    return removed;
  }
}

/** `<DATA_DIR>/documents` (DATA_DIR defaults to `.data`, resolved against the working directory). */
export function documentsRoot(): string {
  return path.resolve(env().DATA_DIR, "documents");
}

const g = globalThis as { portalDocumentStore?: FileSystemDocumentStore };

/** The app's store, rooted under DATA_DIR (re-created if DATA_DIR changes, e.g. between tests). */
export function documentStore(): FileSystemDocumentStore {
  const root = documentsRoot();
  if (!g.portalDocumentStore || g.portalDocumentStore.root !== root) g.portalDocumentStore = new FileSystemDocumentStore(root);
  return g.portalDocumentStore;
}
