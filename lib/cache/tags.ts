// Cache tags of reader pages. Data loaders tag what they read; verbs that change content name the
// tags to revalidate, and the server action or route handler that called them revalidates.
export const tags = {
  /** Every list of published articles (home, sections, topics, writers, "Berita Terkini"). */
  articles: "articles",
  article: (id: string) => `article:${id}`,
  sections: "sections",
  topics: "topics",
  writer: (id: string) => `writer:${id}`,
} as const;

/** How long a cached page may live without any event invalidating it (seconds). */
export const CACHE_SECONDS = 3600;
