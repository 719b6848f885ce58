import type { Actor } from "@/lib/auth/can";
import type { ArticleStatus, CommentStatus } from "@/lib/generated/prisma/enums";

// The reader-participation rows of the permission table (comments, reactions, article reports),
// wired into lib/auth/can.ts. Facts that need the database (verified email, an active ban, the
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

export type CommentRules = {
  "comment:create": CommentTargetRef;
  /** Own comment, within EDIT_WINDOW_MS, while it is visible or held. */
  "comment:edit": CommentRef;
  "comment:delete": CommentRef;
  "comment:report": CommentRef;
  /** The article's writer (on their own article) and editors take a comment out of view. */
  "comment:hide": CommentRef;
  /** Approve, remove with a reason, see the queue: editors. */
  "comment:moderate": undefined;
  "comment:ban": PersonRef;
  /** Close comments on one article, set the site default, edit the word list. */
  "comments:configure": undefined;
  "reaction:set": PublicArticleRef;
  "article:report": PublicArticleRef;
  "article-report:resolve": undefined;
};

const isEditor = (actor: Actor) => actor.role === "EDITOR" || actor.role === "ADMIN";
const LIVE: CommentStatus[] = ["PUBLISHED", "HELD"];

export const commentRules: {
  [A in keyof CommentRules]: (actor: Actor, resource: CommentRules[A]) => boolean;
} = {
  "comment:create": (_actor, target) =>
    target.articleStatus === "PUBLISHED" &&
    !target.commentsClosed &&
    target.emailVerified &&
    !target.banned,
  "comment:edit": (actor, comment) =>
    comment.authorId === actor.id &&
    LIVE.includes(comment.status) &&
    Date.now() - comment.createdAt.getTime() <= EDIT_WINDOW_MS,
  "comment:delete": (actor, comment) =>
    comment.authorId === actor.id && comment.status !== "DELETED",
  "comment:report": (actor, comment) =>
    comment.authorId !== actor.id && comment.status === "PUBLISHED",
  "comment:hide": (actor, comment) =>
    (isEditor(actor) || comment.articleWriterId === actor.id) &&
    comment.authorId !== actor.id &&
    comment.status === "PUBLISHED",
  "comment:moderate": (actor) => isEditor(actor),
  "comment:ban": (actor, person) => isEditor(actor) && person.id !== actor.id,
  "comments:configure": (actor) => isEditor(actor),
  "reaction:set": (_actor, article) => article.status === "PUBLISHED",
  "article:report": (_actor, article) => article.status === "PUBLISHED",
  "article-report:resolve": (actor) => isEditor(actor),
};

/** What a visitor who is not signed in may do here: react to and report a published article. */
export function anonymousMay(action: string, resource: unknown): boolean {
  if (action !== "reaction:set" && action !== "article:report") return false;
  return (resource as PublicArticleRef | undefined)?.status === "PUBLISHED";
}
