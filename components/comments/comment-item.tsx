"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import type { CommentViewer, OwnComment } from "@/lib/comments/get-comment-viewer";
import type { PublicComment } from "@/lib/comments/public-comment";
import { formatWib } from "@/lib/format/dates";
import { commentsPath, useCallApi } from "./api";
import { CommentBody } from "./comment-body";
import { CommentForm } from "./comment-form";
import { CommentModerationActions } from "./comment-actions";

export type ShownComment = PublicComment & { held?: boolean };

type Props = {
  articleId: string;
  comment: ShownComment;
  viewer: CommentViewer | null;
  /** Whether the reader may reply here (signed in, verified, not banned, comments open). */
  mayReply: boolean;
  onReply?: () => void;
  onChanged: () => void;
};

function ownOf(viewer: CommentViewer | null, id: string): OwnComment | undefined {
  return viewer?.own.find((own) => own.id === id);
}

export function CommentItem({ articleId, comment, viewer, mayReply, onReply, onChanged }: Props) {
  const t = useTranslations("comments.comment");
  const locale = useLocale();
  const callApi = useCallApi();
  const [editing, setEditing] = useState(false);
  const own = ownOf(viewer, comment.id);
  if (comment.body === null || !comment.author)
    return (
      <article className="comment comment-gone" aria-label={t("goneLabel")}>
        <p className="comment-text muted">
          {comment.gone === "DELETED" ? t("deleted") : t("hiddenByModerator")}
        </p>
      </article>
    );
  const { author } = comment;
  // Decided when the viewer state was fetched; the server refuses a late edit with its reason.
  const editable = Boolean(own?.editableUntil);
  const remove = async () => {
    if (!window.confirm(t("confirmDelete"))) return;
    const result = await callApi(commentsPath(articleId, comment.id), { method: "DELETE" });
    if (result.ok) onChanged();
    else window.alert(result.message);
  };

  return (
    <article
      className={comment.held ? "comment comment-held" : "comment"}
      aria-label={t("label", { name: author.displayName })}
    >
      <header className="comment-head">
        <span className="comment-avatar" aria-hidden="true">
          {author.displayName.trim().charAt(0).toUpperCase()}
        </span>
        <span className="comment-who">
          <Link href={`/penulis/${author.username}`} className="comment-author">
            {author.displayName}
          </Link>
          {author.badge && (
            <span className={`comment-badge badge-${author.badge.toLowerCase()}`}>
              {t(`badge.${author.badge}`)}
            </span>
          )}
          <span className="comment-time">
            <time dateTime={comment.createdAt}>
              {formatWib(new Date(comment.createdAt), locale)}
            </time>
            {comment.editedAt && <> · {t("edited")}</>}
          </span>
        </span>
      </header>
      {comment.held && (
        <p className="comment-pending" role="status">
          {t("pending")}
        </p>
      )}
      {editing ? (
        <CommentForm
          label={t("editLabel")}
          submitLabel={t("save")}
          initial={comment.body}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            const result = await callApi(commentsPath(articleId, comment.id), {
              method: "PATCH",
              body: { body },
            });
            if (result.ok) {
              setEditing(false);
              onChanged();
            }
            return result;
          }}
        />
      ) : (
        <CommentBody text={comment.body} />
      )}
      <footer className="comment-actions">
        {mayReply && onReply && !comment.held && (
          <button type="button" className="link-button" onClick={onReply}>
            {t("reply")}
          </button>
        )}
        {editable && !editing && (
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            {t("edit")}
          </button>
        )}
        {own && (
          <button type="button" className="link-button" onClick={remove}>
            {t("delete")}
          </button>
        )}
        {viewer?.user && !own && !comment.held && (
          <CommentModerationActions
            articleId={articleId}
            commentId={comment.id}
            authorName={author.displayName}
            mayReport={!viewer.reported.includes(comment.id)}
            mayHide={viewer.mayHide}
            onChanged={onChanged}
          />
        )}
      </footer>
    </article>
  );
}
