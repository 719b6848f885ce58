import { AppError } from "@/lib/errors";
import { formatWib } from "@/lib/format/dates";
import type { ActiveBan } from "@/lib/comments/active-ban";
import type { CommentTargetRef } from "@/lib/comments/policy";

/**
 * Says which fact made the policy refuse a new comment (the decision is the policy's, in
 * lib/comments/policy.ts); `details.reason` lets the island show the right help.
 */
export function explainCommentRefusal(target: CommentTargetRef, ban: ActiveBan | null): AppError {
  if (target.articleStatus !== "PUBLISHED")
    return new AppError("FORBIDDEN", "Artikel ini tidak terbit, jadi tidak dapat dikomentari.", {
      reason: "ARTICLE_NOT_PUBLISHED",
    });
  if (target.commentsClosed)
    return new AppError("FORBIDDEN", "Komentar untuk artikel ini ditutup oleh redaksi.", {
      reason: "COMMENTS_CLOSED",
    });
  if (!target.emailVerified)
    return new AppError(
      "FORBIDDEN",
      "Verifikasi email Anda terlebih dahulu untuk berkomentar. Buka tautan yang kami kirim ke email Anda.",
      { reason: "EMAIL_UNVERIFIED" },
    );
  if (ban)
    return new AppError(
      "FORBIDDEN",
      `Anda diblokir dari berkomentar ${ban.until ? `sampai ${formatWib(ban.until)}` : "secara permanen"}. Alasan: ${ban.reason}`,
      { reason: "BANNED", until: ban.until?.toISOString() ?? null, banReason: ban.reason },
    );
  return new AppError("FORBIDDEN", "Anda tidak dapat berkomentar di sini.");
}
