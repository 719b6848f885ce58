import "server-only";
import { sendEmail } from "@/lib/email/send-email";
import { env } from "@/lib/env";
import { addSearchWordsForArticle } from "@/lib/search/refresh-search-words";
import type { Publication } from "@/lib/articles/publication/commit-publication";

/**
 * What follows a committed publication: the writer's email (through the outbox, so it is never lost)
 * and the article's words for search suggestions. The article is already public, so a failure here
 * is logged, never thrown back at the editor.
 */
export async function announcePublication(publication: Publication): Promise<void> {
  const url = new URL(publication.path, env.SITE_URL).toString();
  const promotion = publication.writer.promoted
    ? "\n\nIni tulisan pertama Anda yang terbit: kini Anda tercatat sebagai Penulis Warta."
    : "";
  await Promise.all([
    sendEmail(
      {
        to: publication.writer.email,
        subject: `Artikel Anda terbit: ${publication.title}`,
        text: `Halo ${publication.writer.displayName},\n\nArtikel Anda "${publication.title}" sudah terbit di Warta:\n${url}${promotion}\n\nTerima kasih telah menulis.\nRedaksi Warta`,
      },
      { background: true },
    ).catch((error: unknown) =>
      console.error(`[desk] publication email for ${publication.articleId} failed:`, error),
    ),
    addSearchWordsForArticle(publication.articleId).catch((error: unknown) =>
      console.error(`[desk] search words for ${publication.articleId} failed:`, error),
    ),
  ]);
}
