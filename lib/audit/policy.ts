import { isAdmin, rule } from "@/lib/auth/rule";

export const auditPolicy = {
  "audit:read": rule((actor) => isAdmin(actor)),
};
