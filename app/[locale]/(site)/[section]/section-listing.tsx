import { getLocale, getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/paths";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import type { Locale } from "@/lib/i18n/locales";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleList } from "@/components/site/article-list";
import { Pagination } from "@/components/site/pagination";
import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { parsePageNumber } from "@/lib/pagination";
import { getSection } from "@/lib/sections/get-section";
import { pageMetadata, withPage } from "@/lib/seo/page-metadata";

// Section and sub-section pages share this listing; the route files only pick the path and page.

export async function resolveSectionPage(path: string[], rawPage?: string) {
  const page = parsePageNumber(rawPage);
  if (!page) notFound();
  const lookup = await getSection(path);
  if (lookup.kind === "redirect")
    permanentRedirect(localizedPath(await getLocale(), withPage(lookup.to, page)));
  if (lookup.kind === "not-found") notFound();
  const articles = await listPublishedArticles({ sectionId: lookup.section.id }, page);
  if (page > articles.pageCount) notFound();
  return { section: lookup.section, articles, page };
}

export async function sectionMetadata(locale: Locale, path: string[], rawPage?: string) {
  const page = parsePageNumber(rawPage) ?? 1;
  const lookup = await getSection(path);
  if (lookup.kind !== "found") return {};
  const { section } = lookup;
  const t = await getTranslations({ locale, namespace: "site.section" });
  const title = page > 1 ? t("pagedTitle", { name: section.name, page }) : section.name;
  return pageMetadata({
    locale,
    title,
    description: section.description || t("description", { name: section.name }),
    path: withPage(section.href, page),
    feed: { title: section.name, path: section.href },
  });
}

export async function SectionListing({ path, rawPage }: { path: string[]; rawPage?: string }) {
  const { section, articles, page } = await resolveSectionPage(path, rawPage);
  const [t, common] = await Promise.all([
    getTranslations("site.section"),
    getTranslations("common"),
  ]);
  return (
    <div className="listing">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link prefetch={false} href="/">
              {common("home")}
            </Link>
          </li>
          {section.parent && (
            <li>
              <Link prefetch={false} href={section.parent.href}>
                {section.parent.name}
              </Link>
            </li>
          )}
          <li aria-current="page">{section.name}</li>
        </ol>
      </nav>
      <h1 className="listing-title">{section.name}</h1>
      {section.description && <p className="listing-description">{section.description}</p>}
      {section.children.length > 0 && (
        <nav aria-label={t("subsections", { name: section.name })} className="subsection-nav">
          <ul className="topic-chips">
            {section.children.map((child) => (
              <li key={child.slug}>
                <Link prefetch={false} href={child.href}>
                  {child.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <ArticleList headingLevel={2} leadsPage articles={articles.items} empty={t("empty")} />
      <Pagination basePath={section.href} page={page} pageCount={articles.pageCount} />
    </div>
  );
}
