import "server-only";
import { db, type Db } from "@/lib/db";

/** The site's comment settings; the row is created lazily, so absent means the defaults. */
export async function commentsClosedByDefault(
  client: { siteSettings: Pick<Db["siteSettings"], "findUnique"> } = db,
): Promise<boolean> {
  const row = await client.siteSettings.findUnique({
    where: { id: 1 },
    select: { commentsClosedByDefault: true },
  });
  return row?.commentsClosedByDefault ?? false;
}

export const commentsClosed = (article: { commentsClosed: boolean | null }, byDefault: boolean) =>
  article.commentsClosed ?? byDefault;
