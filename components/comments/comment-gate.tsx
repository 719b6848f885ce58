"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { CommentViewer } from "@/lib/comments/get-comment-viewer";
import type { ArticleComments } from "@/lib/comments/public-comment";
import { formatWib } from "@/lib/format/dates";

/** Why this reader cannot write a comment here, or null when they can (or nothing is loaded yet). */
export function useCommentGate(
  thread: ArticleComments | null,
  viewer: CommentViewer | null,
  path: string,
) {
  const t = useTranslations("comments.gate");
  const locale = useLocale();
  if (!thread) return null;
  if (!thread.open) return <p className="comment-notice">{t("closed")}</p>;
  if (!viewer) return <p className="comment-notice muted">{t("loading")}</p>;
  if (!viewer.user)
    return (
      <p className="comment-notice">
        {t.rich("signIn", {
          signin: (chunks) => (
            <Link href={`/masuk?next=${encodeURIComponent(`${path}#komentar`)}`}>{chunks}</Link>
          ),
          signup: (chunks) => <Link href="/daftar">{chunks}</Link>,
        })}
      </p>
    );
  if (viewer.ban)
    return (
      <p className="comment-notice warn" role="status">
        {viewer.ban.until
          ? t("bannedUntil", {
              until: formatWib(new Date(viewer.ban.until), locale),
              reason: viewer.ban.reason,
            })
          : t("bannedForever", { reason: viewer.ban.reason })}
      </p>
    );
  if (!viewer.user.emailVerified)
    return (
      <p className="comment-notice warn">
        {t.rich("verifyEmail", { studio: (chunks) => <Link href="/tulis">{chunks}</Link> })}
      </p>
    );
  return null;
}
