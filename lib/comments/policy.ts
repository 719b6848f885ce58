import { isEditor, rule } from "@/lib/auth/rule";
import type { ArticleStatus, CommentStatus } from "@/lib/generated/prisma/enums";

// The reader-participation rows of the permission table (comments, reactions, article reports),
// joined into lib/auth/can.ts. Facts that need the database (verified email, an active ban, the
// article's comment setting) are looked up by the verb and passed in as the resource, so the
// decision itself stays here.

/** A comment may be edited this long after it was posted. */
export const EDIT_WINDOW_MS = 10 * 60 * 1000;

export type CommentTargetRef = {
  articleStatus: ArticleStatus;
  commentsClosed: boolean;
  emailVerified: boolean;
  banned: boolean;
};
export type CommentRef = {
  authorId: string;
  status: CommentStatus;
  createdAt: Date;
  articleWriterId: string;
};
type PublicArticleRef = { status: ArticleStatus };
type PersonRef = { id: string };

const LIVE: CommentStatus[] = ["PUBLISHED", "HELD"];
const isPublished = (article: PublicArticleRef) => article.status === "PUBLISHED";

export const commentPolicy = {
  "comment:create": rule<CommentTargetRef>(
    (_actor, target) =>
      target.articleStatus === "PUBLISHED" &&
      !target.commentsClosed &&
      target.emailVerified &&
      !target.banned,
  ),
  /** Own comment, within EDIT_WINDOW_MS, while it is visible or held. */
  "comment:edit": rule<CommentRef>(
    (actor, comment) =>
      comment.authorId === actor.id &&
      LIVE.includes(comment.status) &&
      Date.now() - comment.createdAt.getTime() <= EDIT_WINDOW_MS,
  ),
  "comment:delete": rule<CommentRef>(
    (actor, comment) => comment.authorId === actor.id && comment.status !== "DELETED",
  ),
  "comment:report": rule<CommentRef>(
    (actor, comment) => comment.authorId !== actor.id && comment.status === "PUBLISHED",
  ),
  /** The article's writer (on their own article) and editors take a comment out of view. */
  "comment:hide": rule<CommentRef>(
    (actor, comment) =>
      (isEditor(actor) || comment.articleWriterId === actor.id) &&
      comment.authorId !== actor.id &&
      comment.status === "PUBLISHED",
  ),
  /** Approve, remove with a reason, see the queue: editors. */
  "comment:moderate": rule((actor) => isEditor(actor)),
  "comment:ban": rule<PersonRef>((actor, person) => isEditor(actor) && person.id !== actor.id),
  /** Close comments on one article, set the site default, edit the word list. */
  "comments:configure": rule((actor) => isEditor(actor)),
  /** Signed-out readers may react and report too (told apart like views, without a cookie). */
  "reaction:set": rule<PublicArticleRef>((_actor, article) => isPublished(article), {
    anonymous: isPublished,
  }),
  "article:report": rule<PublicArticleRef>((_actor, article) => isPublished(article), {
    anonymous: isPublished,
  }),
  "article-report:resolve": rule((actor) => isEditor(actor)),
};
