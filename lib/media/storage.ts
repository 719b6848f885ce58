import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { LocalDiskStorage } from "@/lib/media/local-disk-storage";

/**
 * Where uploaded image files live. Keys are server-generated (`YYYY/MM/<16 hex>-<width>.webp`), so
 * an implementation never sees a user's file name. A store for S3-compatible object storage can be
 * added by implementing this interface and choosing it in `getMediaStorage`.
 */
export interface MediaStorage {
  /** Stores `data` under `key`, replacing any file already there; readers never see half a file. */
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The stored bytes (never a shared buffer, so they can be a Response body), or null when nothing is stored under `key`. */
  get(key: string): Promise<Buffer<ArrayBuffer> | null>;
  /** Removes `key`; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

let storage: MediaStorage | null = null;

/** The storage of this process (local disk for now), created on first use. */
export function getMediaStorage(): MediaStorage {
  storage ??= new LocalDiskStorage(path.resolve(process.cwd(), env.MEDIA_DIR));
  return storage;
}

/** Replaces the storage of this process; tests point it at a temporary directory. Null restores the default. */
export function setMediaStorage(replacement: MediaStorage | null): void {
  storage = replacement;
}
