import { PlainImage } from "@/components/site/plain-image";
import { useTranslations } from "next-intl";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import { VerifiedBadge } from "@/components/site/verified-badge";
import type { ArticlePageData } from "@/lib/articles/get-article-page";

// The seeded demo bios already open with "Akun demo Warta."; saying it twice reads like a bug.
const SAYS_DEMO = /\bakun demo\b/i;

export function WriterBox({ writer }: { writer: ArticlePageData["writer"] }) {
  const t = useTranslations("article.writer");
  return (
    <section className="writer-box" aria-label={t("label")}>
      {writer.avatarUrl ? (
        <PlainImage
          src={writer.avatarUrl}
          alt={t("photo", { name: writer.displayName })}
          width={72}
          height={72}
          className="avatar"
        />
      ) : (
        <span className="avatar avatar-initial" aria-hidden="true">
          {writer.displayName.slice(0, 1)}
        </span>
      )}
      <div>
        <p className="writer-name">
          <Link prefetch={false} href={`/penulis/${writer.username}`}>
            {writer.displayName}
          </Link>
          {writer.verified && <VerifiedBadge />}
        </p>
        {writer.bio && <p className="writer-bio">{writer.bio}</p>}
        {writer.isDemo && !SAYS_DEMO.test(writer.bio) && <p className="muted small">{t("demo")}</p>}
      </div>
    </section>
  );
}
