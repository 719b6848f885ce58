import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getArticleForEditing } from "@/lib/articles/get-article-for-editing";
import { getQueuePosition } from "@/lib/articles/get-queue-position";
import { getUpdateOffer } from "@/lib/articles/updates/get-update-offer";
import { pageGate } from "@/lib/auth/page-gate";
import { listSectionOptions } from "@/lib/sections/list-section-options";
import { listTopicOptions } from "@/lib/topics/list-topic-options";
import { DraftWorkspaceClient } from "@/components/workspace/draft-workspace-client";
import { submitArticleAction } from "../../actions";
import { checkOriginalityAction } from "./originality-actions";
import { SubmissionStatus } from "./submission-status";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { UpdateOffer } from "./update-offer";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "studio.article" });
  return { title: t("metaTitle"), robots: { index: false } };
}

async function load(id: string) {
  const { user, data } = await pageGate(`/tulis/artikel/${id}`, (user) =>
    getArticleForEditing(user, id),
  );
  return { user, ...data };
}

export default async function EditArticlePage({ params }: Props) {
  await enterLocale(params);
  const { id } = await params;
  const { user, article, canEdit } = await load(id);
  const t = await getTranslations("studio");
  const [sections, topics, queue, updateOffer] = await Promise.all([
    listSectionOptions(),
    listTopicOptions(),
    getQueuePosition(user, id),
    getUpdateOffer(user, id),
  ]);
  return (
    <div className="workspace-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href="/tulis">{t("article.studio")}</Link>
          </li>
          <li aria-current="page">{article.title || t("article.newArticle")}</li>
        </ol>
      </nav>
      <p className="status-line">
        {t("article.status")}{" "}
        <strong className={`status status-${article.status.toLowerCase()}`}>
          {t(`status.${article.status}`)}
        </strong>
      </p>
      {article.reviewNote &&
        (article.status === "CHANGES_REQUESTED" || article.status === "REJECTED") && (
          <aside className="review-note" aria-label={t("article.reviewNote")}>
            <strong>
              {article.status === "REJECTED"
                ? t("article.rejectedReason")
                : t("article.revisionRequest")}
              :
            </strong>{" "}
            {article.reviewNote}
          </aside>
        )}
      {["PUBLISHED", "CHANGES_REQUESTED", "SCHEDULED"].includes(article.status) && (
        <p>
          <Link href={`/tulis/artikel/${article.id}/perubahan`}>{t("article.changesLink")}</Link>
        </p>
      )}
      {canEdit ? (
        <>
          <h1 className="visually-hidden">
            {article.title
              ? t("article.editHeading", { title: article.title })
              : t("article.newArticle")}
          </h1>
          <DraftWorkspaceClient
            article={article}
            sections={sections}
            topics={topics}
            emailVerified={Boolean(user.emailVerifiedAt)}
            submitArticle={submitArticleAction}
            checkOriginality={checkOriginalityAction}
          />
        </>
      ) : (
        <>
          <SubmissionStatus article={article} queue={queue} />
          {updateOffer && <UpdateOffer articleId={article.id} offer={updateOffer} />}
        </>
      )}
    </div>
  );
}
