import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { LocalDiskStorage } from "@/lib/media/local-disk-storage";
import { S3Storage } from "@/lib/media/s3-storage";

/**
 * Where uploaded image files live. Keys are server-generated (`YYYY/MM/<16 hex>-<width>.webp`), so
 * an implementation never sees a user's file name. Local disk (MEDIA_DIR) is the default; with
 * several instances, MEDIA_STORAGE=s3 keeps them in an S3-compatible bucket every instance reads.
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

/** The storage of this process (MEDIA_STORAGE: local disk or S3), created on first use. */
export function getMediaStorage(): MediaStorage {
  storage ??=
    env.MEDIA_STORAGE === "s3"
      ? s3FromEnv()
      : new LocalDiskStorage(path.resolve(process.cwd(), env.MEDIA_DIR));
  return storage;
}

function s3FromEnv(): MediaStorage {
  if (!env.S3_BUCKET) throw new Error("MEDIA_STORAGE=s3 needs S3_BUCKET");
  return new S3Storage({
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === "1",
  });
}

/** Replaces the storage of this process; tests point it at a temporary directory. Null restores the default. */
export function setMediaStorage(replacement: MediaStorage | null): void {
  storage = replacement;
}
