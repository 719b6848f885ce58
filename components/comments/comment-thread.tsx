"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { CommentViewer } from "@/lib/comments/get-comment-viewer";
import { commentsPath, useCallApi } from "./api";
import { CommentForm } from "./comment-form";
import { CommentItem, type ShownComment } from "./comment-item";

type Props = {
  articleId: string;
  thread: ShownComment;
  viewer: CommentViewer | null;
  mayWrite: boolean;
  onChanged: () => void;
};

/** A top-level comment, its replies (one level) and, when asked for, the reply box. */
export function CommentThread({ articleId, thread, viewer, mayWrite, onChanged }: Props) {
  const t = useTranslations("comments.thread");
  const callApi = useCallApi();
  const [replying, setReplying] = useState<string | null>(null);
  const reply = async (body: string) => {
    const result = await callApi(commentsPath(articleId), {
      body: { body, parentId: replying ?? thread.id },
    });
    if (result.ok) {
      setReplying(null);
      onChanged();
    }
    return result;
  };
  const replyTo = (comment: ShownComment) => () => setReplying(comment.id);
  const replyingName = [thread, ...thread.replies].find((c) => c.id === replying)?.author
    ?.displayName;

  return (
    <li className="comment-thread">
      <CommentItem
        articleId={articleId}
        comment={thread}
        viewer={viewer}
        mayReply={mayWrite}
        onReply={replyTo(thread)}
        onChanged={onChanged}
      />
      {(thread.replies.length > 0 || replying) && (
        <ul className="comment-replies" aria-label={t("replies", { count: thread.replies.length })}>
          {thread.replies.map((comment) => (
            <li key={comment.id}>
              <CommentItem
                articleId={articleId}
                comment={comment}
                viewer={viewer}
                mayReply={mayWrite}
                onReply={replyTo(comment)}
                onChanged={onChanged}
              />
            </li>
          ))}
          {replying && (
            <li>
              <CommentForm
                label={replyingName ? t("replyTo", { name: replyingName }) : t("replyLabel")}
                submitLabel={t("sendReply")}
                autoFocus
                onSubmit={reply}
                onCancel={() => setReplying(null)}
              />
            </li>
          )}
        </ul>
      )}
    </li>
  );
}
