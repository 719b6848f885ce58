import { isEditor, rule } from "@/lib/auth/rule";

// Writers propose topics on their drafts; only editors create, rename and merge them.
export const topicPolicy = {
  "topic:manage": rule((actor) => isEditor(actor)),
};
