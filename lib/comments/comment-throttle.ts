import "server-only";
import { createHash } from "node:crypto";
import { AppError, isAppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";

// Comment posting limits, per account and per client address: a burst limit and a daily one.
export const COMMENT_LIMITS = [
  { name: "min", limit: 5, windowSeconds: 60 },
  { name: "day", limit: 50, windowSeconds: 86_400 },
] as const;

const digest = (value: string) => createHash("sha256").update(value).digest("hex").slice(0, 32);

function waitLabel(seconds: number) {
  if (seconds < 60) return `${seconds} detik`;
  if (seconds < 3600) return `${Math.ceil(seconds / 60)} menit`;
  return `${Math.ceil(seconds / 3600)} jam`;
}

/** Counts one comment against the author and the address; TOO_MANY_REQUESTS with retryAfterSeconds. */
export async function throttleComment(
  scope: "comment" | "comment-report" | "reaction" | "article-report",
  who: { userId?: string; ip: string },
  limits: readonly { name: string; limit: number; windowSeconds: number }[] = COMMENT_LIMITS,
): Promise<void> {
  for (const { name, limit, windowSeconds } of limits) {
    const keys = [`${scope}:${name}:ip:${digest(who.ip)}`];
    if (who.userId) keys.push(`${scope}:${name}:user:${digest(who.userId)}`);
    try {
      await hitRateLimit(keys, limit, windowSeconds);
    } catch (error) {
      if (!isAppError(error) || error.code !== "TOO_MANY_REQUESTS") throw error;
      const retryAfterSeconds = Number(error.details?.retryAfterSeconds ?? windowSeconds);
      throw new AppError(
        "TOO_MANY_REQUESTS",
        name === "min"
          ? `Anda terlalu cepat mengirim. Tunggu ${waitLabel(retryAfterSeconds)} lalu coba lagi.`
          : `Batas harian tercapai (${limit}). Coba lagi dalam ${waitLabel(retryAfterSeconds)}.`,
        { retryAfterSeconds },
      );
    }
  }
}
