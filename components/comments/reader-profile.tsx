import { useLocale, useTranslations } from "next-intl";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import type { ReaderProfile } from "@/lib/comments/get-reader-profile";
import { formatDateShort, formatWib } from "@/lib/format/dates";
import { CommentBody } from "./comment-body";
import "./comments.css";

/** The public page of a member who reads and comments but has not published an article. */
export function ReaderProfileView({ reader }: { reader: ReaderProfile }) {
  const t = useTranslations("comments.profile");
  const locale = useLocale();
  return (
    <div className="listing reader-profile">
      <header className="profile-header">
        <div>
          <h1 className="listing-title">{reader.displayName}</h1>
          <p className="profile-badges">
            <span className="tier-label">{t("reader")}</span>
          </p>
          {reader.bio && <p className="writer-bio">{reader.bio}</p>}
          <p className="muted small">
            {t("joined", { date: formatDateShort(new Date(reader.joinedAt), locale) })}
          </p>
        </div>
      </header>
      <h2 className="block-title">{t("recent")}</h2>
      {reader.comments.length === 0 ? (
        <p className="muted">{t("none", { name: reader.displayName })}</p>
      ) : (
        <ol className="comment-list">
          {reader.comments.map((comment) => (
            <li key={comment.id} className="comment-thread">
              <p className="small">
                {t.rich("on", {
                  title: comment.article.title,
                  link: (chunks) => <Link href={`${comment.article.href}#komentar`}>{chunks}</Link>,
                })}
                {" · "}
                <time dateTime={comment.createdAt} className="muted">
                  {formatWib(new Date(comment.createdAt), locale)}
                </time>
              </p>
              <CommentBody text={comment.body} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
