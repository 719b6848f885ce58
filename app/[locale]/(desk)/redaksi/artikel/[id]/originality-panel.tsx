import { getTranslations } from "next-intl/server";
import { LocalizedLink } from "@/components/i18n/localized-link";
import { getActor } from "@/lib/auth/session";
import { findSimilarArticles } from "@/lib/articles/originality/find-similar-articles";

/** Above this share of shared five-word runs, the submission likely copies the article. */
const WARN_AT = 0.3;

/** Published articles the submission repeats, so copied work is caught before it is published. */
export async function OriginalityPanel({ articleId }: { articleId: string }) {
  const t = await getTranslations("desk.originality");
  const matches = await findSimilarArticles(await getActor(), articleId);
  return (
    <section aria-labelledby="originality-title" className="originality-panel">
      <h2 id="originality-title">{t("heading")}</h2>
      {matches.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <p className="muted">{t("intro")}</p>
          <ol className="studio-list">
            {matches.map((match) => {
              const high = match.overlap > WARN_AT;
              return (
                <li key={match.id} className={high ? "notice-box" : undefined}>
                  <p>
                    <LocalizedLink href={match.href}>{match.title}</LocalizedLink>
                    {" — "}
                    <strong>{t("overlap", { overlap: match.overlap })}</strong>
                    {high && (
                      <>
                        {" "}
                        · <strong>{t("high")}</strong>
                      </>
                    )}
                  </p>
                  {match.passage && (
                    <figure>
                      <figcaption className="small muted">{t("passage")}</figcaption>
                      <blockquote>{match.passage}</blockquote>
                    </figure>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
