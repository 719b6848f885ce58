import { rule } from "@/lib/auth/rule";

// Verbs on notifications only ever touch the actor's own rows (they filter by actor.id).
export const notificationPolicy = {
  "notification:read-own": rule(() => true),
};
