// Guards against seeding over real content, and clears the demo content for --force.
import type { Prisma } from "../../lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type ContentCounts = { users: number; articles: number; sections: number; topics: number };

export async function contentCounts(db: Tx): Promise<ContentCounts> {
  const [users, articles, sections, topics] = await Promise.all([
    db.user.count(),
    db.article.count(),
    db.section.count(),
    db.topic.count(),
  ]);
  return { users, articles, sections, topics };
}

export const hasContent = (counts: ContentCounts) => Object.values(counts).some((n) => n > 0);

/**
 * Deletes every article (with its revisions, topics, views and notes), section, topic, redirect
 * and search word, and the demo accounts. Real accounts stay. A demo account that appears in the
 * audit log stays too: removing it would rewrite AuditLog.actorId, which the append-only trigger
 * refuses; the seed updates such an account in place instead.
 */
export async function deleteContent(db: Tx) {
  const searchWords = await db.searchWord.deleteMany();
  const redirects = await db.slugRedirect.deleteMany();
  const articles = await db.article.deleteMany();
  const topics = await db.topic.deleteMany();
  // Sections restrict deleting a parent with children: remove the tree from its leaves up.
  let sections = 0;
  for (;;) {
    const leaves = await db.section.deleteMany({ where: { children: { none: {} } } });
    if (!leaves.count) break;
    sections += leaves.count;
  }
  const users = await db.user.deleteMany({ where: { isDemo: true, auditEntries: { none: {} } } });
  return {
    articles: articles.count,
    sections,
    topics: topics.count,
    redirects: redirects.count,
    searchWords: searchWords.count,
    demoUsers: users.count,
  };
}
