import type { ArticleDocument } from "../../lib/articles/document-schema";

/** An article ready to insert, whatever it came from (the corpus or the hand-written demos). */
export type SeedArticle = {
  id: string;
  title: string;
  /** Filled in by assignSlugs once every title is known. */
  slug: string;
  subtitle: string;
  datelineCity: string;
  body: ArticleDocument;
  bodyHtml: string;
  bodyText: string;
  wordCount: number;
  sectionSlug: string;
  topicSlugs: string[];
  writerEmail: string;
  createdAt: Date;
  submittedAt: Date;
  publishedAt: Date;
  hero: { url: string; alt: string; caption: string; credit: string } | null;
  featured: boolean;
  source: { name: string; url: string; license: string } | null;
};
