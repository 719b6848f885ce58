import Link from "next/link";
import { getActor } from "@/lib/auth/session";
import { findSimilarArticles } from "@/lib/articles/originality/find-similar-articles";

/** Above this share of shared five-word runs, the submission likely copies the article. */
const WARN_AT = 0.3;

const percent = new Intl.NumberFormat("id-ID", { style: "percent", maximumFractionDigits: 0 });

/** Published articles the submission repeats, so copied work is caught before it is published. */
export async function OriginalityPanel({ articleId }: { articleId: string }) {
  const matches = await findSimilarArticles(await getActor(), articleId);
  return (
    <section aria-labelledby="originality-title" className="originality-panel">
      <h2 id="originality-title">Pemeriksaan orisinalitas</h2>
      {matches.length === 0 ? (
        <p>Tidak ada kemiripan berarti dengan artikel yang sudah terbit di Warta.</p>
      ) : (
        <>
          <p className="muted">
            Artikel terbit yang memuat rangkaian kata yang sama (urutan lima kata), paling mirip di
            atas.
          </p>
          <ol className="studio-list">
            {matches.map((match) => {
              const high = match.overlap > WARN_AT;
              return (
                <li key={match.id} className={high ? "notice-box" : undefined}>
                  <p>
                    <Link href={match.href}>{match.title}</Link>
                    {" — "}
                    <strong>{percent.format(match.overlap)} sama</strong>
                    {high && (
                      <>
                        {" "}
                        · <strong>Kemiripan tinggi: periksa sebelum menerbitkan.</strong>
                      </>
                    )}
                  </p>
                  {match.passage && (
                    <figure>
                      <figcaption className="small muted">Contoh bagian yang sama:</figcaption>
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
