import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleList } from "@/components/site/article-list";
import { Pagination } from "@/components/site/pagination";
import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { parsePageNumber } from "@/lib/pagination";
import { pageMetadata, withPage } from "@/lib/seo/page-metadata";
import { getTopic } from "@/lib/topics/get-topic";

export async function topicMetadata(locale: Locale, slug: string, rawPage?: string) {
  const lookup = await getTopic(slug);
  if (lookup.kind !== "found") return {};
  const page = parsePageNumber(rawPage) ?? 1;
  const { topic } = lookup;
  return pageMetadata({
    locale,
    title: page > 1 ? `Topik ${topic.name} — Halaman ${page}` : `Topik ${topic.name}`,
    description: topic.description || `Kumpulan berita tentang ${topic.name} di Warta.`,
    path: withPage(`/topik/${topic.slug}`, page),
    feed: { title: `Topik ${topic.name}`, path: `/topik/${topic.slug}` },
  });
}

export async function TopicListing({ slug, rawPage }: { slug: string; rawPage?: string }) {
  const page = parsePageNumber(rawPage);
  if (!page) notFound();
  const lookup = await getTopic(slug);
  if (lookup.kind === "redirect") permanentRedirect(withPage(lookup.to, page));
  if (lookup.kind === "not-found") notFound();
  const { topic } = lookup;
  const articles = await listPublishedArticles({ topicId: topic.id }, page);
  if (page > articles.pageCount) notFound();
  return (
    <div className="listing">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link prefetch={false} href="/">
              Beranda
            </Link>
          </li>
          <li aria-current="page">Topik</li>
        </ol>
      </nav>
      <h1 className="listing-title">Topik: {topic.name}</h1>
      <p className="listing-description">
        {topic.description ||
          `${articles.total.toLocaleString("id-ID")} artikel tentang ${topic.name}.`}
      </p>
      <ArticleList
        headingLevel={2}
        leadsPage
        articles={articles.items}
        empty="Belum ada artikel dengan topik ini."
      />
      <Pagination basePath={`/topik/${topic.slug}`} page={page} pageCount={articles.pageCount} />
    </div>
  );
}
