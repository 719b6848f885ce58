import type { CommentViewer } from "@/lib/comments/get-comment-viewer";
import type { ShownComment } from "./comment-item";

/**
 * The shared thread plus this reader's held comments, which only they see: held top-level comments
 * join the threads, held replies their thread. `newestFirst` orders threads; replies stay in order.
 */
export function mergeOwnComments(
  threads: ShownComment[],
  viewer: CommentViewer | null,
  newestFirst: boolean,
): ShownComment[] {
  const held = (viewer?.own ?? []).filter((own) => own.status === "HELD");
  const author = viewer?.user
    ? { displayName: viewer.user.displayName, username: viewer.user.username, badge: null }
    : null;
  const toShown = (own: (typeof held)[number]): ShownComment => ({
    id: own.id,
    body: own.body,
    gone: null,
    author,
    createdAt: own.createdAt,
    editedAt: own.editedAt,
    replies: [],
    held: true,
  });
  const merged = [
    ...threads.map((thread) => ({
      ...thread,
      replies: [
        ...thread.replies,
        ...held.filter((own) => own.parentId === thread.id).map(toShown),
      ].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    })),
    ...held.filter((own) => !own.parentId).map(toShown),
  ];
  return merged.sort((a, b) =>
    newestFirst ? b.createdAt.localeCompare(a.createdAt) : a.createdAt.localeCompare(b.createdAt),
  );
}
