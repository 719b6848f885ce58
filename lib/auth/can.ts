import type { ArticleStatus, Role, WriterTier } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { anonymousMay, commentRules, type CommentRules } from "@/lib/comments/policy";
import { pointsRules, type PointsRules } from "@/lib/points/policy";

// The one permission check of the product. Every domain verb calls `authorize` (or `can`) with the
// acting user before it reads or writes anything that is not public. Pages, actions and route
// handlers go through the verbs, so a direct POST meets the same rule as the UI.

export type Actor = {
  id: string;
  role: Role;
  tier: WriterTier;
  suspendedAt: Date | null;
};

type ArticleRef = { writerId: string; status: ArticleStatus };
type UserRef = { id: string };

type Rules = {
  "article:read": ArticleRef;
  "article:create": undefined;
  /** Open in the studio or desk (any status): the writer's own, or any for editors. */
  "article:open": ArticleRef;
  "article:edit": ArticleRef;
  "article:submit": ArticleRef;
  "article:withdraw": ArticleRef;
  "article:review": ArticleRef;
  "article:publish": ArticleRef;
  "article:feature": ArticleRef;
  "article:unpublish": ArticleRef;
  "desk:enter": undefined;
  "writer:verify": UserRef;
  "user:set-role": UserRef;
  "user:suspend": UserRef;
  "profile:edit": UserRef;
  "media:upload": undefined;
  "taxonomy:manage": undefined;
  "audit:read": undefined;
} & CommentRules &
  PointsRules;

export type Action = keyof Rules;

const WRITER_EDITABLE: ArticleStatus[] = ["DRAFT", "CHANGES_REQUESTED"];
const PUBLIC: ArticleStatus[] = ["PUBLISHED"];

const isEditor = (actor: Actor) => actor.role === "EDITOR" || actor.role === "ADMIN";
const owns = (actor: Actor, article: ArticleRef) => article.writerId === actor.id;

const rules: { [A in Action]: (actor: Actor, resource: Rules[A]) => boolean } = {
  "article:read": (actor, article) =>
    PUBLIC.includes(article.status) || owns(actor, article) || isEditor(actor),
  "article:create": () => true,
  "article:open": (actor, article) => owns(actor, article) || isEditor(actor),
  "article:edit": (actor, article) =>
    (owns(actor, article) && WRITER_EDITABLE.includes(article.status)) ||
    (isEditor(actor) && article.status !== "DRAFT"),
  "article:submit": (actor, article) =>
    owns(actor, article) && WRITER_EDITABLE.includes(article.status),
  "article:withdraw": (actor, article) => owns(actor, article) && article.status === "SUBMITTED",
  "article:review": (actor) => isEditor(actor),
  "article:publish": (actor) => isEditor(actor),
  "article:feature": (actor, article) => isEditor(actor) && article.status === "PUBLISHED",
  "article:unpublish": (actor, article) => isEditor(actor) && article.status === "PUBLISHED",
  "desk:enter": (actor) => isEditor(actor),
  "writer:verify": (actor, user) => isEditor(actor) && user.id !== actor.id,
  "user:set-role": (actor, user) => actor.role === "ADMIN" && user.id !== actor.id,
  "user:suspend": (actor, user) => isEditor(actor) && user.id !== actor.id,
  "profile:edit": (actor, user) => user.id === actor.id,
  "media:upload": () => true,
  "taxonomy:manage": (actor) => isEditor(actor),
  "audit:read": (actor) => actor.role === "ADMIN",
  ...commentRules,
  ...pointsRules,
};

/** Anonymous visitors may only read public articles; suspended accounts keep read access to their own work. */
export function can<A extends Action>(actor: Actor | null, action: A, resource: Rules[A]): boolean {
  if (!actor)
    return action === "article:read"
      ? PUBLIC.includes((resource as ArticleRef).status)
      : anonymousMay(action, resource);
  if (actor.suspendedAt && action !== "article:read") return false;
  return rules[action](actor, resource);
}

/** Throws UNAUTHENTICATED for anonymous visitors and FORBIDDEN for everyone else who may not act. */
export function authorize<A extends Action>(
  actor: Actor | null,
  action: A,
  resource: Rules[A],
): asserts actor is Actor {
  if (can(actor, action, resource)) return;
  if (!actor) throw new AppError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
  throw new AppError("FORBIDDEN", "Anda tidak memiliki izin untuk tindakan ini.");
}
