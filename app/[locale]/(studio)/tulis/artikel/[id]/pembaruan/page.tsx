import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getWriterUpdate } from "@/lib/articles/updates/get-writer-update";
import { pageGate } from "@/lib/auth/page-gate";
import { formatWib } from "@/lib/format/dates";
import { listSectionOptions } from "@/lib/sections/list-section-options";
import { listTopicOptions } from "@/lib/topics/list-topic-options";
import { UpdateWorkspace } from "./update-workspace";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "studio.update" });
  return { title: t("title"), robots: { index: false } };
}

// The Verified Writer's update of their live article: the same workspace (autosave, conflicts) on
// the pending update; readers keep the live version until the desk publishes it.
export default async function UpdateArticlePage({ params }: Props) {
  const locale = await enterLocale(params);
  const { id } = await params;
  const [t, tArticle] = await Promise.all([
    getTranslations("studio.update"),
    getTranslations("studio.article"),
  ]);
  const { data } = await pageGate(`/tulis/artikel/${id}/pembaruan`, (user) =>
    getWriterUpdate(user, id),
  );
  const { article } = data;
  const [sections, topics] = await Promise.all([listSectionOptions(), listTopicOptions()]);
  return (
    <div className="workspace-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href="/tulis">{tArticle("studio")}</Link>
          </li>
          <li>
            <Link href={`/tulis/artikel/${id}`}>{article.title}</Link>
          </li>
          <li aria-current="page">{t("title")}</li>
        </ol>
      </nav>
      <h1 className="listing-title">{t("heading", { title: article.title })}</h1>
      {data.returnReason && !data.submittedAt && (
        <aside className="review-note" aria-label={tArticle("reviewNote")}>
          <strong>{t("returned")}</strong> {data.returnReason}
        </aside>
      )}
      {data.submittedAt ? (
        <p role="status">
          {t("submitted", { date: formatWib(new Date(data.submittedAt), locale) })}
        </p>
      ) : (
        <UpdateWorkspace
          article={article}
          sections={sections}
          topics={topics}
          proposedKind={data.proposedKind}
          proposedNote={data.proposedNote}
        />
      )}
    </div>
  );
}
