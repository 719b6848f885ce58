import { PlainImage } from "@/components/site/plain-image";
import { useLocale, useTranslations } from "next-intl";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import { localizeBody } from "@/components/article/localize-body";
import { ArticleJsonLd } from "@/components/article/article-json-ld";
import { ShareButtons } from "@/components/article/share-buttons";
import { PublicChanges } from "@/components/article/public-changes";
import { ViewBeacon } from "@/components/article/view-beacon";
import { LazyParticipation } from "@/components/comments/lazy-participation";
import { WriterBox } from "@/components/article/writer-box";
import { TopicChips } from "@/components/site/aside-blocks";
import type { ArticlePageData } from "@/lib/articles/get-article-page";
import { withDateline } from "@/lib/articles/dateline";
import { formatWib } from "@/lib/format/dates";
import { SITE_NAME } from "@/lib/seo/page-metadata";
import { pickMessages } from "@/lib/i18n/catalog";

type Props = { article: ArticlePageData; siteUrl: string };

export function ArticleView({ article, siteUrl }: Props) {
  const t = useTranslations("article");
  const home = useTranslations("common")("home");
  const locale = useLocale();
  return (
    <article className="article">
      <ArticleJsonLd article={article} siteUrl={siteUrl} />
      <ViewBeacon articleId={article.id} />
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link prefetch={false} href="/">
              {home}
            </Link>
          </li>
          {article.section.parent && (
            <li>
              <Link prefetch={false} href={article.section.parent.href}>
                {article.section.parent.name}
              </Link>
            </li>
          )}
          <li>
            <Link prefetch={false} href={article.section.href}>
              {article.section.name}
            </Link>
          </li>
        </ol>
      </nav>

      <header className="article-header">
        <h1 className="article-title">{article.title}</h1>
        {article.subtitle && <p className="article-subtitle">{article.subtitle}</p>}
        <p className="article-meta">
          <Link prefetch={false} href={`/penulis/${article.writer.username}`}>
            {article.writer.displayName}
          </Link>
          {" · "}
          <time dateTime={article.publishedAt}>
            {formatWib(new Date(article.publishedAt), locale)}
          </time>
          {article.contentUpdatedAt && (
            <>
              {" · "}
              {t("updated")}{" "}
              <time dateTime={article.contentUpdatedAt}>
                {formatWib(new Date(article.contentUpdatedAt), locale)}
              </time>
            </>
          )}
        </p>
      </header>
      <ShareButtons url={new URL(article.path, siteUrl).toString()} title={article.title} />

      {article.hero && (
        <figure className="article-hero">
          <PlainImage
            src={article.hero.url}
            alt={article.hero.alt}
            width={1200}
            height={675}
            sizes="(min-width: 1120px) 740px, (min-width: 900px) 66vw, 100vw"
            priority
          />
          <figcaption>
            {article.hero.caption} <span className="credit">({article.hero.credit})</span>
          </figcaption>
        </figure>
      )}

      {article.sections.length > 1 && (
        <nav className="toc" aria-labelledby="toc-title">
          <h2 id="toc-title">{t("toc")}</h2>
          <ol>
            {article.sections.map((s) => (
              <li key={s.anchor}>
                <a href={`#${s.anchor}`}>{s.title}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}

      <PublicChanges changes={article.publicChanges} />

      {/* Rendered on the server from the validated document through an allow-list (render-document.ts). */}
      <div
        className="article-body"
        dangerouslySetInnerHTML={{
          __html: localizeBody(
            withDateline(article.bodyHtml, article.datelineCity, article.source?.name ?? SITE_NAME),
            locale,
            t("readAlso"),
          ),
        }}
      />

      {article.source && (
        <p className="source-note">
          {t("source")}{" "}
          {article.source.url ? (
            <a href={article.source.url} rel="noopener nofollow">
              {article.source.name}
            </a>
          ) : (
            article.source.name
          )}
          {article.source.license && <> · {t("license", { license: article.source.license })}</>}.{" "}
          {t("demoNote")}
        </p>
      )}

      {article.topics.length > 0 && (
        <section className="article-topics" aria-labelledby="topics-heading">
          <h2 id="topics-heading" className="inline-heading">
            {t("topics")}
          </h2>
          <TopicChips topics={article.topics} />
        </section>
      )}

      {article.editorName && (
        <p className="editor-credit">
          {t("editor")} <span>{article.editorName}</span>
        </p>
      )}

      <WriterBox writer={article.writer} />

      <p className="disclaimer">{t("disclaimer")}</p>

      {/* The only client component of the reader site that reads the catalogs: it, the message
          runtime and the comments' messages load after the article has hydrated. */}
      <LazyParticipation
        articleId={article.id}
        locale={locale}
        messages={pickMessages(locale, ["comments"])}
      />
    </article>
  );
}
