import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listRevisions } from "@/lib/articles/revisions/list-revisions";
import { pageGate } from "@/lib/auth/page-gate";
import { RevisionItem } from "./revision-item";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "desk.revisions" });
  return { title: t("title") };
}

export default async function RevisionHistoryPage({ params }: Props) {
  await enterLocale(params);
  const t = await getTranslations("desk");
  const { id } = await params;
  const gate = await pageGate(`/redaksi/artikel/${id}/riwayat`, (user) => listRevisions(user, id));
  const { article, revisions, canRestore } = gate.data;
  return (
    <div className="revision-history">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href="/redaksi">{t("meta.title")}</Link>
          </li>
          <li>
            <Link href={`/redaksi/artikel/${id}`}>{article.title || t("revisions.untitled")}</Link>
          </li>
          <li aria-current="page">{t("revisions.title")}</li>
        </ol>
      </nav>
      <h1 className="listing-title">{t("revisions.title")}</h1>
      <p className="muted">{t("revisions.intro")}</p>
      {revisions.length === 0 ? (
        <p>{t("revisions.empty")}</p>
      ) : (
        <div className="queue-list">
          {revisions.map((entry) => (
            <RevisionItem
              key={entry.id}
              entry={entry}
              articleId={article.id}
              articleVersion={article.version}
              canRestore={canRestore}
            />
          ))}
        </div>
      )}
    </div>
  );
}
