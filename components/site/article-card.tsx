import { PlainImage } from "@/components/site/plain-image";
import Link from "next/link";
import type { ArticleCard as Card } from "@/lib/articles/article-card";
import { formatDateShort } from "@/lib/format/dates";

type Props = { article: Card; headingLevel?: 2 | 3; showImage?: boolean; showSubtitle?: boolean };

export function ArticleCard({
  article,
  headingLevel = 3,
  showImage = true,
  showSubtitle = true,
}: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="card">
      {showImage && article.heroImageUrl && (
        <PlainImage
          className="card-image"
          src={article.heroImageUrl}
          alt={article.heroImageAlt}
          width={400}
          height={225}
        />
      )}
      <div className="card-body">
        <p className="card-kicker">{article.sectionName}</p>
        <Heading className="card-title">
          <Link href={article.href}>{article.title}</Link>
        </Heading>
        {showSubtitle && article.subtitle && <p className="card-subtitle">{article.subtitle}</p>}
        <p className="card-meta">
          {article.writerName} ·{" "}
          <time dateTime={article.publishedAt}>
            {formatDateShort(new Date(article.publishedAt))}
          </time>
          {article.commentCount > 0 && (
            <>
              {" · "}
              <Link href={`${article.href}#komentar`} className="card-comments">
                {article.commentCount.toLocaleString("id-ID")} komentar
              </Link>
            </>
          )}
        </p>
      </div>
    </article>
  );
}
