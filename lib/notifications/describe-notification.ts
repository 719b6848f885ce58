import type { NotificationData } from "@/lib/notifications/notification-types";

// What a notification says and where it leads, in one place for the bell, the list and the email.

/** The desk's review page of an article (app/[locale]/(desk)/redaksi/artikel/[id]). */
export const deskArticlePath = (id: string) => `/redaksi/artikel/${id}`;
const studioArticlePath = (id: string) => `/tulis/artikel/${id}`;

const commentsHref = (publicPath: string | null) =>
  publicPath ? `${publicPath}#komentar` : "/notifikasi";

export type NotificationView = { text: string; href: string };

/**
 * `publicPath` is the reader URL of the article when it is published now (looked up by the caller),
 * so "diterbitkan" leads to the page readers see and anything else to the writer's workspace.
 */
export function describeNotification(
  type: string,
  data: NotificationData,
  publicPath: string | null = null,
): NotificationView {
  const title = data.title?.trim() || "tanpa judul";
  const id = data.articleId;
  const studio = id ? studioArticlePath(id) : "/tulis";
  const desk = id ? deskArticlePath(id) : "/redaksi";
  switch (type) {
    case "article.published":
      return { text: `Artikel Anda “${title}” diterbitkan`, href: publicPath ?? studio };
    case "article.scheduled":
      return {
        text: data.label
          ? `Artikel Anda “${title}” dijadwalkan terbit ${data.label}`
          : `Artikel Anda “${title}” dijadwalkan terbit`,
        href: studio,
      };
    case "article.unscheduled":
      return { text: `Jadwal terbit artikel Anda “${title}” dibatalkan`, href: studio };
    case "article.changes_requested":
      return { text: `Artikel Anda “${title}” perlu revisi`, href: studio };
    case "article.rejected":
      return { text: `Artikel Anda “${title}” ditolak`, href: studio };
    case "article.unpublished":
      return { text: `Artikel Anda “${title}” ditarik dari peredaran`, href: studio };
    case "article.update_submitted":
      return { text: `Usulan pembaruan menunggu review: ${title}`, href: `${desk}/sunting` };
    case "article.update_published":
      return {
        text: `Redaksi memperbarui artikel Anda “${title}”${data.note ? `: ${data.note}` : ""}`,
        href: publicPath ?? studio,
      };
    case "article.update_accepted":
      return { text: `Pembaruan Anda untuk “${title}” diterbitkan`, href: publicPath ?? studio };
    case "article.update_returned":
      return {
        text: `Pembaruan Anda untuk “${title}” dikembalikan redaksi${data.reason ? `: ${data.reason}` : ""}`,
        href: `${studio}/pembaruan`,
      };
    case "writer.verified":
      return { text: "Anda kini Verified Writer", href: "/tulis" };
    case "comment.received":
      return { text: `Komentar baru di artikel Anda “${title}”`, href: commentsHref(publicPath) };
    case "comment.replied":
      return { text: `Komentar Anda di “${title}” dibalas`, href: commentsHref(publicPath) };
    case "comment.removed":
      return {
        text: `Komentar Anda di “${title}” dihapus moderator${data.reason ? `: ${data.reason}` : ""}`,
        href: commentsHref(publicPath),
      };
    case "article_report.resolved":
      return {
        text: `Laporan Anda tentang “${title}” sudah ditindaklanjuti${data.label ? `: ${data.label}` : ""}`,
        href: publicPath ?? "/notifikasi",
      };
    case "article.submitted":
      return { text: `Artikel baru menunggu review: ${title}`, href: desk };
    case "article.resubmitted":
      return { text: `Artikel dikirim ulang: ${title}`, href: desk };
    case "points.bonus":
      return { text: `Anda mendapat bonus ${data.label ?? "poin"}`, href: "/tulis/statistik" };
    case "redemption.requested":
      return {
        text: `Permintaan penukaran ${data.label ?? "poin"} menunggu keputusan`,
        href: "/redaksi/poin",
      };
    case "redemption.approved":
      return { text: `Penukaran ${data.label ?? "poin"} Anda disetujui`, href: "/tulis/statistik" };
    case "redemption.rejected":
      return {
        text: `Penukaran ${data.label ?? "poin"} Anda ditolak; poin dikembalikan`,
        href: "/tulis/statistik",
      };
    case "redemption.paid":
      return {
        text: `Penukaran ${data.label ?? "poin"} Anda sudah dibayarkan`,
        href: "/tulis/statistik",
      };
    default:
      return { text: "Ada pemberitahuan baru untuk Anda", href: "/notifikasi" };
  }
}
