import type { Metadata } from "next";
import Link from "next/link";
import { listMyArticles } from "@/lib/articles/list-my-articles";
import { pageGate } from "@/lib/auth/page-gate";
import { formatWib } from "@/lib/format/dates";
import { VerifyEmailNotice } from "@/components/account/verify-email-notice";
import { NewDraftForm } from "./new-draft-form";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Studio Penulis", robots: { index: false } };

export default async function StudioPage({ params }: { params: Promise<{ locale: string }> }) {
  await enterLocale(params);
  const { user, data: groups } = await pageGate("/tulis", listMyArticles);
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  return (
    <div className="studio-home">
      <div className="studio-heading">
        <h1 className="listing-title">Studio Penulis</h1>
        <Link href="/tulis/statistik">Statistik & Poin</Link>
        <NewDraftForm />
      </div>
      {!user.emailVerifiedAt && <VerifyEmailNotice email={user.email} />}
      <p className="muted">
        Halo, {user.displayName}.{" "}
        {total ? `Anda punya ${total} artikel.` : "Belum ada tulisan. Mulai artikel pertama Anda!"}
      </p>
      {groups.length > 0 && (
        <nav aria-label="Ringkasan status" className="status-summary">
          <ul className="topic-chips">
            {groups.map((group) => (
              <li key={group.status}>
                <a href={`#status-${group.status.toLowerCase()}`}>
                  {group.label} ({group.count})
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {groups.map((group) => (
        <section
          key={group.status}
          id={`status-${group.status.toLowerCase()}`}
          aria-labelledby={`heading-${group.status}`}
          className="studio-group"
        >
          <h2 id={`heading-${group.status}`} className="block-title">
            {group.label} <span className="count">({group.count})</span>
          </h2>
          <ul className="studio-list">
            {group.articles.map((article) => (
              <li key={article.id}>
                <Link href={`/tulis/artikel/${article.id}`}>{article.title}</Link>
                <span className="muted small">
                  {" "}
                  · diubah {formatWib(new Date(article.updatedAt))}
                  {group.status === "PUBLISHED" &&
                    ` · ${article.viewCount.toLocaleString("id-ID")} pembaca`}
                </span>
                {article.reviewNote && group.status === "CHANGES_REQUESTED" && (
                  <p className="review-note">Catatan editor: {article.reviewNote}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
