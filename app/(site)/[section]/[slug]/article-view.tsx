import { PlainImage } from "@/components/site/plain-image";
import Link from "next/link";
import { JsonLd } from "@/components/article/json-ld";
import { ViewBeacon } from "@/components/article/view-beacon";
import { WriterBox } from "@/components/article/writer-box";
import type { ArticlePageData } from "@/lib/articles/get-article-page";
import { escapeHtml } from "@/lib/articles/render-document";
import { formatWib } from "@/lib/format/dates";
import { SITE_NAME } from "@/lib/seo/page-metadata";

type Props = { article: ArticlePageData; siteUrl: string };

/** "Jakarta, Warta - " opens the first paragraph, as in print; demo articles name their real publisher. */
function withDateline(bodyHtml: string, article: ArticlePageData) {
  const dateline = `<span class="dateline">${escapeHtml(article.datelineCity)}, ${escapeHtml(article.source?.name ?? SITE_NAME)} - </span>`;
  return bodyHtml.startsWith("<p>")
    ? bodyHtml.replace("<p>", `<p>${dateline}`)
    : `<p>${dateline}</p>${bodyHtml}`;
}

function newsArticleJsonLd(article: ArticlePageData, siteUrl: string) {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.description,
    datePublished: article.publishedAt,
    dateModified: article.contentUpdatedAt ?? article.publishedAt,
    mainEntityOfPage: new URL(article.path, siteUrl).toString(),
    image: article.hero ? [new URL(article.hero.url, siteUrl).toString()] : undefined,
    author: {
      "@type": "Person",
      name: article.writer.displayName,
      url: new URL(`/penulis/${article.writer.username}`, siteUrl).toString(),
    },
    editor: article.editorName ? { "@type": "Person", name: article.editorName } : undefined,
    publisher: { "@type": "Organization", name: SITE_NAME, url: siteUrl },
    articleSection: article.section.name,
    keywords: article.topics.map((t) => t.name).join(", ") || undefined,
    wordCount: article.wordCount,
    isBasedOn: article.source?.url ?? undefined,
    inLanguage: "id-ID",
  };
}

export function ArticleView({ article, siteUrl }: Props) {
  return (
    <article className="article">
      <JsonLd data={newsArticleJsonLd(article, siteUrl)} />
      <ViewBeacon articleId={article.id} />
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link prefetch={false} href="/">
              Beranda
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
          <time dateTime={article.publishedAt}>{formatWib(new Date(article.publishedAt))}</time>
          {article.contentUpdatedAt && (
            <>
              {" · "}Diperbarui{" "}
              <time dateTime={article.contentUpdatedAt}>
                {formatWib(new Date(article.contentUpdatedAt))}
              </time>
            </>
          )}
        </p>
      </header>

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
          <h2 id="toc-title">Daftar Isi</h2>
          <ol>
            {article.sections.map((s) => (
              <li key={s.anchor}>
                <a href={`#${s.anchor}`}>{s.title}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}

      {article.correction && (
        <aside className="correction" aria-label="Ralat">
          <strong>Ralat</strong> (
          <time dateTime={article.correction.at}>{formatWib(new Date(article.correction.at))}</time>
          ): {article.correction.note}
        </aside>
      )}

      {/* Rendered on the server from the validated document through an allow-list (render-document.ts). */}
      <div
        className="article-body"
        dangerouslySetInnerHTML={{ __html: withDateline(article.bodyHtml, article) }}
      />

      {article.source && (
        <p className="source-note">
          Sumber:{" "}
          {article.source.url ? (
            <a href={article.source.url} rel="noopener nofollow">
              {article.source.name}
            </a>
          ) : (
            article.source.name
          )}
          {article.source.license && <> · Lisensi {article.source.license}</>}. Artikel demo dari
          korpus IndoSum; bukan karya redaksi Warta.
        </p>
      )}

      {article.topics.length > 0 && (
        <section className="article-topics" aria-labelledby="topics-heading">
          <h2 id="topics-heading" className="inline-heading">
            Topik:
          </h2>
          <ul className="topic-chips">
            {article.topics.map((topic) => (
              <li key={topic.slug}>
                <Link prefetch={false} href={`/topik/${topic.slug}`}>
                  {topic.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {article.editorName && (
        <p className="editor-credit">
          Editor: <span>{article.editorName}</span>
        </p>
      )}

      <WriterBox writer={article.writer} />

      <p className="disclaimer">
        Warta Komunitas adalah wadah bagi siapa saja untuk menulis. Setiap tulisan diperiksa redaksi
        sebelum terbit, namun isi dan pendapat di dalamnya sepenuhnya menjadi tanggung jawab
        penulis.
      </p>
    </article>
  );
}
