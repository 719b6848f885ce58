"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { commentsPath, useCallApi } from "./api";
import { ArticleReport } from "./article-report";
import { CommentForm } from "./comment-form";
import { useCommentGate } from "./comment-gate";
import { CommentThread } from "./comment-thread";
import { mergeOwnComments } from "./merge-own";
import { ReactionBar } from "./reaction-bar";
import { useParticipation } from "./use-participation";
import "./comments.css";

/**
 * Reactions, comments and "report this article" under an article. A client island: the article
 * page stays one cached document for every reader, and this part loads its own data.
 */
export function ArticleParticipation({ articleId }: { articleId: string }) {
  const t = useTranslations("comments");
  const callApi = useCallApi();
  const path = usePathname();
  const { thread, viewer, reload } = useParticipation(articleId);
  const [newestFirst, setNewestFirst] = useState(true);
  const [posted, setPosted] = useState<string | null>(null);
  const loaded = thread && thread !== "error" ? thread : null;
  const gate = useCommentGate(loaded, viewer, path);
  const threads = loaded ? mergeOwnComments(loaded.comments, viewer, newestFirst) : [];

  const post = async (body: string) => {
    const result = await callApi<{ status: string }>(commentsPath(articleId), { body: { body } });
    if (result.ok) {
      setPosted(result.data.status === "HELD" ? t("postedHeld") : t("postedShown"));
      reload();
    } else setPosted(null);
    return result;
  };
  const setClosed = async (mode: "closed" | "open") => {
    const result = await callApi(commentsPath(articleId, "settings"), { body: { mode } });
    if (result.ok) reload();
    else window.alert(result.message);
  };

  return (
    <div className="participation">
      <ReactionBar
        articleId={articleId}
        counts={loaded?.reactions ?? null}
        mine={viewer?.reaction ?? null}
        onChanged={reload}
      />
      <section id="komentar" className="comments" aria-labelledby="comments-title">
        <div className="comments-head">
          <h2 id="comments-title" className="block-title">
            {loaded ? t("titleWithCount", { count: loaded.count }) : t("title")}
          </h2>
          {threads.length > 1 && (
            <div className="comments-sort" role="group" aria-label={t("sort.label")}>
              <button type="button" aria-pressed={newestFirst} onClick={() => setNewestFirst(true)}>
                {t("sort.newest")}
              </button>
              <button
                type="button"
                aria-pressed={!newestFirst}
                onClick={() => setNewestFirst(false)}
              >
                {t("sort.oldest")}
              </button>
            </div>
          )}
        </div>
        {thread === "error" && <p className="comment-notice">{t("loadFailed")}</p>}
        {thread === null && <p className="comment-notice muted">{t("loading")}</p>}
        {loaded && viewer?.moderator && (
          <p className="comment-moderator">
            {loaded.open ? (
              <button
                type="button"
                className="button-secondary"
                onClick={() => setClosed("closed")}
              >
                {t("close")}
              </button>
            ) : (
              <button type="button" className="button-secondary" onClick={() => setClosed("open")}>
                {t("reopen")}
              </button>
            )}
          </p>
        )}
        {loaded &&
          (gate ?? <CommentForm label={t("write")} submitLabel={t("send")} onSubmit={post} />)}
        {posted && (
          <p role="status" className="comment-note ok">
            {posted}
          </p>
        )}
        {loaded && threads.length === 0 && loaded.open && (
          <p className="comment-empty muted">{t("empty")}</p>
        )}
        {threads.length > 0 && (
          <ol className="comment-list">
            {threads.map((item) => (
              <CommentThread
                key={item.id}
                articleId={articleId}
                thread={item}
                viewer={viewer}
                mayWrite={Boolean(loaded?.open) && !gate}
                onChanged={reload}
              />
            ))}
          </ol>
        )}
        <p className="comment-guidelines small muted">{t("guidelines")}</p>
      </section>
      <ArticleReport articleId={articleId} />
    </div>
  );
}
