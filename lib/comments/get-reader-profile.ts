import "server-only";
import { articlePath, sectionPathSelect } from "@/lib/articles/article-card";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";

export type ReaderProfile = {
  id: string;
  username: string;
  displayName: string;
  bio: string;
  joinedAt: string;
  comments: {
    id: string;
    body: string;
    createdAt: string;
    article: { title: string; href: string };
  }[];
};

/** How many of a reader's latest comments their profile shows. */
const PROFILE_COMMENTS = 30;

async function loadReaderComments(userId: string): Promise<ReaderProfile["comments"]> {
  const comments = await db.comment.findMany({
    where: { authorId: userId, status: "PUBLISHED", article: { status: "PUBLISHED" } },
    orderBy: { createdAt: "desc" },
    take: PROFILE_COMMENTS,
    select: {
      id: true,
      body: true,
      createdAt: true,
      article: { select: { title: true, slug: true, section: { select: sectionPathSelect } } },
    },
  });
  return comments.map((c) => ({
    id: c.id,
    body: c.body,
    createdAt: c.createdAt.toISOString(),
    article: { title: c.article.title, href: articlePath(c.article.slug, c.article.section) },
  }));
}

const listReaderComments = cached(loadReaderComments, "reader-comments", ([userId]) => [
  tags.readerComments(userId),
  tags.articles,
]);

/**
 * The public page of a member without published articles: who they are and what they said.
 * Rendered into the cached profile page; comment verbs revalidate it through tags.readerComments.
 */
export async function getReaderProfile(username: string): Promise<ReaderProfile | null> {
  const user = await db.user.findUnique({
    where: { username },
    select: {
      id: true,
      username: true,
      displayName: true,
      bio: true,
      createdAt: true,
      suspendedAt: true,
    },
  });
  if (!user || user.suspendedAt) return null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    bio: user.bio,
    joinedAt: user.createdAt.toISOString(),
    comments: await listReaderComments(user.id),
  };
}
