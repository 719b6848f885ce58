// Cache tags of reader pages. Data loaders tag what they read; verbs that change content name the
// tags to revalidate, and the server action or route handler that called them revalidates.
export const tags = {
  /** Every list of published articles (home, sections, topics, writers, "Berita Terkini"). */
  articles: "articles",
  article: (id: string) => `article:${id}`,
  sections: "sections",
  topics: "topics",
  writer: (id: string) => `writer:${id}`,
  /** An article's public comments (components/comments island, /api/comments/{id}). */
  comments: (articleId: string) => `comments:${articleId}`,
  reactions: (articleId: string) => `reactions:${articleId}`,
  /** The site default for open comments: every article's comment state. */
  commentSettings: "comment-settings",
  /** A reader's public comments on their profile. */
  readerComments: (userId: string) => `reader-comments:${userId}`,
} as const;

/** How long a cached page may live without any event invalidating it (seconds). */
export const CACHE_SECONDS = 3600;
