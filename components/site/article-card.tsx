import { PlainImage } from "@/components/site/plain-image";
import { useLocale, useTranslations } from "next-intl";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import type { ArticleCard as Card } from "@/lib/articles/article-card";
import { formatDateShort } from "@/lib/format/dates";

/**
 * "row": text first, an optional fixed-size thumbnail on the right, so rows with and without a
 * picture start their text at the same edge. "tile": for grids; a picture on top, or, without one,
 * a filled text tile that takes the whole cell so a row of tiles never shows holes. Below 600 px
 * tiles fall back to rows (app/globals.css): one column of big pictures would fill the screen.
 */
export type CardLayout = "row" | "tile";

type Props = {
  article: Card;
  layout?: CardLayout;
  headingLevel?: 2 | 3;
  showImage?: boolean;
  showSubtitle?: boolean;
  /** The page's largest picture: loaded eagerly, with high fetch priority. */
  priority?: boolean;
};

// Drawn widths (globals.css): a row's thumbnail is 7.5rem on phones and 13rem from 600 px; a tile
// is a third of the content column, the whole column below 600 px.
const SIZES = {
  row: "(min-width: 600px) 208px, 120px",
  tile: "(min-width: 600px) 360px, 120px",
} as const;

export function ArticleCard({
  article,
  layout = "row",
  headingLevel = 3,
  showImage = true,
  showSubtitle = true,
  priority = false,
}: Props) {
  const t = useTranslations("site.card");
  const locale = useLocale();
  const Heading = `h${headingLevel}` as const;
  const image = showImage && article.heroImageUrl ? article.heroImageUrl : null;
  // A text tile has room to fill where the picture would be: its subtitle always shows.
  const subtitle = (showSubtitle || !image) && article.subtitle;
  return (
    <article className={`card card-${layout} ${image ? "card-with-image" : "card-text"}`}>
      <div className="card-body">
        <p className="card-kicker">{article.sectionName}</p>
        <Heading className="card-title">
          <Link prefetch={false} href={article.href}>
            {article.title}
          </Link>
        </Heading>
        {subtitle && <p className="card-subtitle">{subtitle}</p>}
        <p className="card-meta">
          {article.writerName} ·{" "}
          <time dateTime={article.publishedAt}>
            {formatDateShort(new Date(article.publishedAt), locale)}
          </time>
          {article.commentCount > 0 && (
            <>
              {" · "}
              <Link href={`${article.href}#komentar`} className="card-comments">
                {t("comments", { count: article.commentCount })}
              </Link>
            </>
          )}
        </p>
      </div>
      {image && (
        <PlainImage
          className="card-image"
          src={image}
          alt={article.heroImageAlt}
          width={400}
          height={225}
          sizes={SIZES[layout]}
          priority={priority}
        />
      )}
    </article>
  );
}
