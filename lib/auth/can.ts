import { AppError } from "@/lib/errors";
import { articlePolicy } from "@/lib/articles/policy";
import { articleUpdatePolicy } from "@/lib/articles/updates/policy";
import { auditPolicy } from "@/lib/audit/policy";
import { commentPolicy } from "@/lib/comments/policy";
import { mediaPolicy } from "@/lib/media/policy";
import { notificationPolicy } from "@/lib/notifications/policy";
import { pointsPolicy } from "@/lib/points/policy";
import { sectionPolicy } from "@/lib/sections/policy";
import { topicPolicy } from "@/lib/topics/policy";
import { userPolicy } from "@/lib/users/policy";
import type { Actor, Denial, Rule } from "@/lib/auth/rule";

// The one permission check of the product. Every domain verb calls `authorize` (or `can`) with the
// acting user before it reads or writes anything that is not public. Each entity keeps its rules
// beside its verbs (lib/<entity>/policy.ts, with a role × action table test); this file only joins
// the tables and applies what holds for all of them: visitors and suspended accounts.

export type { Actor } from "@/lib/auth/rule";

const policies = {
  ...articlePolicy,
  ...articleUpdatePolicy,
  ...auditPolicy,
  ...commentPolicy,
  ...mediaPolicy,
  ...notificationPolicy,
  ...pointsPolicy,
  ...sectionPolicy,
  ...topicPolicy,
  ...userPolicy,
};

type Policies = typeof policies;
export type Action = keyof Policies;
/** What `can(actor, action, resource)` needs to know about the thing acted on. */
export type ResourceOf<A extends Action> = Policies[A] extends Rule<infer R> ? R : never;

function verdict<A extends Action>(
  actor: Actor | null,
  action: A,
  resource: ResourceOf<A>,
): boolean | Denial {
  const entry = policies[action] as Rule<ResourceOf<A>>;
  if (!actor) return entry.anonymous?.(resource) ?? false;
  if (actor.suspendedAt && !entry.whileSuspended) return false;
  return entry.allow(actor, resource);
}

export function can<A extends Action>(
  actor: Actor | null,
  action: A,
  resource: ResourceOf<A>,
): boolean {
  return verdict(actor, action, resource) === true;
}

/**
 * Throws UNAUTHENTICATED for a visitor who is not signed in and FORBIDDEN for everyone else who may
 * not act (with the rule's own words and details.reason when it gives them). Verbs call it first,
 * with the actor as they got it: it is also their "signed in?" check.
 */
export function authorize<A extends Action>(
  actor: Actor | null,
  action: A,
  resource: ResourceOf<A>,
): asserts actor is Actor {
  const result = verdict(actor, action, resource);
  if (result === true) return;
  if (!actor) throw new AppError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
  if (result === false)
    throw new AppError("FORBIDDEN", "Anda tidak memiliki izin untuk tindakan ini.");
  throw new AppError("FORBIDDEN", result.message, { reason: result.reason });
}
