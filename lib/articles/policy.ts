import { isEditor, rule, type Actor } from "@/lib/auth/rule";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

// Who may do what with an article, from first draft to unpublishing. Joined into can() (lib/auth/can.ts).

export type ArticleRef = { writerId: string; status: ArticleStatus };

const WRITER_EDITABLE: ArticleStatus[] = ["DRAFT", "CHANGES_REQUESTED"];
const isPublic = (article: ArticleRef) => article.status === "PUBLISHED";
const owns = (actor: Actor, article: ArticleRef) => article.writerId === actor.id;

export const articlePolicy = {
  "article:read": rule<ArticleRef>(
    (actor, article) => isPublic(article) || owns(actor, article) || isEditor(actor),
    { anonymous: isPublic, whileSuspended: true },
  ),
  "article:create": rule(() => true),
  /** The studio's own lists; what each row then allows is decided per article. */
  "article:list-own": rule(() => true, { whileSuspended: true }),
  /** Open in the studio or desk (any status): the writer's own, or any for editors. */
  "article:open": rule<ArticleRef>((actor, article) => owns(actor, article) || isEditor(actor)),
  "article:edit": rule<ArticleRef>(
    (actor, article) =>
      (owns(actor, article) && WRITER_EDITABLE.includes(article.status)) ||
      (isEditor(actor) && article.status !== "DRAFT"),
  ),
  "article:submit": rule<ArticleRef>(
    (actor, article) => owns(actor, article) && WRITER_EDITABLE.includes(article.status),
  ),
  "article:withdraw": rule<ArticleRef>(
    (actor, article) => owns(actor, article) && article.status === "SUBMITTED",
  ),
  "article:review": rule<ArticleRef>((actor) => isEditor(actor)),
  "article:publish": rule<ArticleRef>((actor) => isEditor(actor)),
  "article:feature": rule<ArticleRef>((actor, article) => isEditor(actor) && isPublic(article)),
  "article:unpublish": rule<ArticleRef>((actor, article) => isEditor(actor) && isPublic(article)),
  /** The editors' queue, schedule and published lists. */
  "desk:enter": rule((actor) => isEditor(actor)),
};
