import "server-only";
import type { TxClient } from "@/lib/db-tx";
import { notify } from "@/lib/notifications/notify";

/**
 * When a comment becomes visible (at once, or when a moderator approves it): the article's writer
 * hears of it, and so does the commenter it replies to, but nobody of their own words.
 */
export async function announceComment(
  tx: TxClient,
  input: {
    authorId: string;
    article: { id: string; writerId: string; title: string };
    repliedToAuthorId: string | null;
  },
) {
  const { authorId, article, repliedToAuthorId } = input;
  const data = { articleId: article.id, title: article.title };
  const emails = [];
  if (repliedToAuthorId && repliedToAuthorId !== authorId)
    emails.push(await notify(tx, { userId: repliedToAuthorId, type: "comment.replied", data }));
  if (article.writerId !== authorId && article.writerId !== repliedToAuthorId)
    emails.push(await notify(tx, { userId: article.writerId, type: "comment.received", data }));
  return emails;
}
