import { tags } from "@/lib/cache/tags";

/** What a change to one article's comments makes stale: its thread and the commenter's profile. */
export const commentTags = (articleId: string, ...authorIds: string[]) => [
  tags.comments(articleId),
  ...authorIds.map((id) => tags.readerComments(id)),
];
