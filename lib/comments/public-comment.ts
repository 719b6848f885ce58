// The JSON shape of public comments (cached endpoint → client island). No emails, no statuses
// beyond what a reader sees, no ids of accounts.

export type CommentBadge = "WRITER" | "EDITOR" | null;

export type PublicComment = {
  id: string;
  /** Null when the comment is gone but its replies remain ("komentar dihapus"). */
  body: string | null;
  gone: "DELETED" | "REMOVED" | null;
  author: { displayName: string; username: string; badge: CommentBadge } | null;
  createdAt: string;
  editedAt: string | null;
  replies: PublicComment[];
};

export type ArticleComments = {
  articleId: string;
  open: boolean;
  count: number;
  comments: PublicComment[];
  reactions: Record<string, number>;
};
