import { PlainImage } from "@/components/site/plain-image";
import type { Locale } from "@/lib/i18n/locales";
import { getLocale, getTranslations } from "next-intl/server";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import { localizedPath } from "@/lib/i18n/paths";
import { notFound, redirect } from "next/navigation";
import { ArticleList } from "@/components/site/article-list";
import { Pagination } from "@/components/site/pagination";
import { VerifiedBadge } from "@/components/site/verified-badge";
import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { formatDateShort } from "@/lib/format/dates";
import { parsePageNumber } from "@/lib/pagination";
import { pageMetadata, withPage } from "@/lib/seo/page-metadata";
import { getWriterProfile } from "@/lib/users/get-writer-profile";
import { ReaderProfileView } from "@/components/comments/reader-profile";
import { getReaderProfile } from "@/lib/comments/get-reader-profile";

export async function writerMetadata(locale: Locale, username: string, rawPage?: string) {
  const lookup = await getWriterProfile(username);
  const t = await getTranslations({ locale, namespace: "site.writer" });
  if (lookup.kind === "not-found") {
    const reader = await getReaderProfile(username);
    if (!reader) return {};
    return pageMetadata({
      locale,
      title: t("readerTitle", { name: reader.displayName }),
      description: t("readerDescription", { name: reader.displayName }),
      path: `/penulis/${reader.username}`,
      type: "profile",
    });
  }
  if (lookup.kind !== "found") return {};
  const page = parsePageNumber(rawPage) ?? 1;
  const { writer } = lookup;
  return pageMetadata({
    locale,
    title:
      page > 1
        ? t("pagedTitle", { name: writer.displayName, page })
        : t("title", { name: writer.displayName }),
    description: writer.bio || t("description", { name: writer.displayName }),
    path: withPage(`/penulis/${writer.username}`, page),
    feed: { title: writer.displayName, path: `/penulis/${writer.username}` },
    image: writer.avatarUrl,
    type: "profile",
  });
}

export async function WriterListing({ username, rawPage }: { username: string; rawPage?: string }) {
  const page = parsePageNumber(rawPage);
  if (!page) notFound();
  const lookup = await getWriterProfile(username);
  const locale = await getLocale();
  // Temporary on purpose: usernames change back and forth, and browsers cache permanent redirects for good.
  if (lookup.kind === "redirect") redirect(localizedPath(locale, withPage(lookup.to, page)));
  if (lookup.kind === "not-found") {
    // A member without published articles is a reader: their page shows what they said.
    const reader = page === 1 ? await getReaderProfile(username) : null;
    if (!reader) notFound();
    return <ReaderProfileView reader={reader} />;
  }
  const { writer } = lookup;
  const articles = await listPublishedArticles({ writerId: writer.id }, page);
  if (page > articles.pageCount) notFound();
  const [t, notFoundText] = await Promise.all([
    getTranslations("site.writer"),
    getTranslations("common.notFound"),
  ]);
  return (
    <div className="listing">
      <header className="profile-header">
        {writer.avatarUrl && (
          <PlainImage
            src={writer.avatarUrl}
            alt={t("photo", { name: writer.displayName })}
            width={96}
            height={96}
            className="avatar avatar-large"
          />
        )}
        <div>
          <h1 className="listing-title">{writer.displayName}</h1>
          <p className="profile-badges">
            {writer.verified ? (
              <VerifiedBadge />
            ) : (
              <span className="tier-label">{t("communityWriter")}</span>
            )}
          </p>
          {writer.bio && <p className="writer-bio">{writer.bio}</p>}
          <p className="muted small">
            {t("joined", { date: formatDateShort(new Date(writer.joinedAt), locale) })} ·{" "}
            {t("published", { count: writer.publishedCount })}
            {writer.isDemo && ` · ${t("demo")}`}
          </p>
          {Object.keys(writer.socialLinks).length > 0 && (
            <ul className="social-links">
              {Object.entries(writer.socialLinks).map(([name, url]) => (
                <li key={name}>
                  <a href={url} rel="me noopener nofollow">
                    {name}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </header>
      <h2 className="block-title">{t("articlesBy", { name: writer.displayName })}</h2>
      <ArticleList articles={articles.items} leadsPage />
      <Pagination
        basePath={`/penulis/${writer.username}`}
        page={page}
        pageCount={articles.pageCount}
      />
      <p>
        <Link prefetch={false} href="/">
          {notFoundText("backHome")}
        </Link>
      </p>
    </div>
  );
}
