import "server-only";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import type { MediaStorage } from "@/lib/media/storage";

export type S3StorageOptions = {
  bucket: string;
  region: string;
  /** Any S3-compatible store (MinIO, Ceph, R2, s3rver); omitted for AWS itself. */
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle?: boolean;
  /** Objects live under this prefix in the bucket (e.g. `media/`). */
  prefix?: string;
};

const SAFE_KEY = /^[\w./-]{1,512}$/;

/**
 * Image files as objects in one bucket, so every instance serves what any instance stored. A PUT
 * replaces an object whole: readers see the old or the new bytes, never half of them.
 */
export class S3Storage implements MediaStorage {
  private readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials:
        options.accessKeyId && options.secretAccessKey
          ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
          : undefined,
      // Fail fast: an upload or an image request should not hang on a store that is away.
      requestHandler: { connectionTimeout: 3000, requestTimeout: 15_000 },
      maxAttempts: 2,
    });
  }

  private objectKey(key: string): string {
    if (!SAFE_KEY.test(key) || key.split("/").some((s) => s === "" || s === "." || s === ".."))
      throw new Error(`Invalid media key: ${JSON.stringify(key.slice(0, 80))}`);
    return `${this.options.prefix ?? ""}${key}`;
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: this.objectKey(key),
        Body: data,
        ContentType: contentType,
        ContentLength: data.length,
      }),
    );
  }

  async get(key: string): Promise<Buffer<ArrayBuffer> | null> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }),
      );
      if (!object.Body) return null;
      const bytes = await object.Body.transformToByteArray();
      // A fresh buffer of its own, so it can be a Response body.
      const copy = Buffer.alloc(bytes.byteLength);
      copy.set(bytes);
      return copy;
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)
        return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    // S3 answers 204 for a missing key too.
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }),
    );
  }
}
