import "server-only";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/rate-limit/client-ip";

/** Who may change comments: only pages of this site (CSRF), with the client address for limits. */
export async function readChange(request: Request) {
  if (!isSameOrigin(request.headers, env.SITE_URL))
    throw new AppError("FORBIDDEN", "Permintaan ditolak.");
  const body: unknown = await request.json().catch(() => ({}));
  return {
    body,
    ip: clientIp(request.headers),
    userAgent: request.headers.get("user-agent") ?? "",
  };
}

export const NO_STORE = { "cache-control": "private, no-store" };

export type ArticleParams = { params: Promise<{ articleId: string }> };
export type CommentParams = { params: Promise<{ articleId: string; commentId: string }> };

/** Ids in paths are cuids; anything longer is not one of ours. */
export const idOf = (value: string) => value.slice(0, 64);
