import { isEditor, rule } from "@/lib/auth/rule";

// Sections shape every reader page (menus, breadcrumbs, addresses): editors manage them.
export const sectionPolicy = {
  "section:manage": rule((actor) => isEditor(actor)),
};
