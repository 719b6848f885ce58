import type { Metadata } from "next";
import Link from "next/link";
import { getArticleForEditing } from "@/lib/articles/get-article-for-editing";
import { getQueuePosition } from "@/lib/articles/get-queue-position";
import { getUpdateOffer } from "@/lib/articles/updates/get-update-offer";
import { STATUS_LABELS } from "@/lib/articles/list-my-articles";
import { pageGate } from "@/lib/auth/page-gate";
import { listSectionOptions } from "@/lib/sections/list-section-options";
import { listTopicOptions } from "@/lib/topics/list-topic-options";
import { DraftWorkspaceClient } from "@/components/workspace/draft-workspace-client";
import { submitArticleAction } from "../../actions";
import { checkOriginalityAction } from "./originality-actions";
import { SubmissionStatus } from "./submission-status";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { UpdateOffer } from "./update-offer";

export const metadata: Metadata = { title: "Sunting artikel", robots: { index: false } };

type Props = { params: Promise<{ locale: string; id: string }> };

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
            <Link href="/tulis">Studio</Link>
          </li>
          <li aria-current="page">{article.title || "Artikel baru"}</li>
        </ol>
      </nav>
      <p className="status-line">
        Status:{" "}
        <strong className={`status status-${article.status.toLowerCase()}`}>
          {STATUS_LABELS[article.status]}
        </strong>
      </p>
      {article.reviewNote &&
        (article.status === "CHANGES_REQUESTED" || article.status === "REJECTED") && (
          <aside className="review-note" aria-label="Catatan editor">
            <strong>
              {article.status === "REJECTED" ? "Alasan penolakan" : "Permintaan revisi dari editor"}
              :
            </strong>{" "}
            {article.reviewNote}
          </aside>
        )}
      {["PUBLISHED", "CHANGES_REQUESTED", "SCHEDULED"].includes(article.status) && (
        <p>
          <Link href={`/tulis/artikel/${article.id}/perubahan`}>Lihat perubahan dari editor</Link>
        </p>
      )}
      {canEdit ? (
        <>
          <h1 className="visually-hidden">
            {article.title ? `Sunting: ${article.title}` : "Artikel baru"}
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
