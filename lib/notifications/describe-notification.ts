import { createTranslator } from "next-intl";
import { catalogs } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/paths";
import type { NotificationData } from "@/lib/notifications/notification-types";

// What a notification says and where it leads, in one place for the bell, the list and the email.
// The words are the "notifications" catalog's, in the reader's language; e-mails stay Indonesian.

/** The desk's review page of an article (app/[locale]/(desk)/redaksi/artikel/[id]). */
export const deskArticlePath = (id: string) => `/redaksi/artikel/${id}`;
const studioArticlePath = (id: string) => `/tulis/artikel/${id}`;

const commentsHref = (publicPath: string | null) =>
  publicPath ? `${publicPath}#komentar` : "/notifikasi";

export type NotificationView = { text: string; href: string };

const translators = {
  id: createTranslator({ locale: "id", messages: catalogs.id, namespace: "notifications" }),
  en: createTranslator({ locale: "en", messages: catalogs.en, namespace: "notifications" }),
};

/**
 * `publicPath` is the reader URL of the article when it is published now (looked up by the caller),
 * so "diterbitkan" leads to the page readers see and anything else to the writer's workspace.
 * A label stored with the notification (a date, an amount, an outcome) is shown as it was written.
 */
export function describeNotification(
  type: string,
  data: NotificationData,
  publicPath: string | null = null,
  locale: Locale = "id",
): NotificationView {
  return describeIn(locale, type, data, publicPath && localizedPath(locale, publicPath));
}

function describeIn(
  locale: Locale,
  type: string,
  data: NotificationData,
  publicPath: string | null,
): NotificationView {
  const t = translators[locale];
  const title = data.title?.trim() || t("untitled");
  const points = data.label ?? t("points");
  const id = data.articleId;
  const studio = id ? studioArticlePath(id) : "/tulis";
  const desk = id ? deskArticlePath(id) : "/redaksi";
  switch (type) {
    case "article.published":
      return { text: t("articlePublished", { title }), href: publicPath ?? studio };
    case "article.scheduled":
      return {
        text: data.label
          ? t("articleScheduled", { title, when: data.label })
          : t("articleScheduledUndated", { title }),
        href: studio,
      };
    case "article.unscheduled":
      return { text: t("articleUnscheduled", { title }), href: studio };
    case "article.changes_requested":
      return { text: t("articleChangesRequested", { title }), href: studio };
    case "article.rejected":
      return { text: t("articleRejected", { title }), href: studio };
    case "article.unpublished":
      return { text: t("articleUnpublished", { title }), href: studio };
    case "article.update_submitted":
      return { text: t("updateSubmitted", { title }), href: `${desk}/sunting` };
    case "article.update_published":
      return {
        text: data.note
          ? t("updatePublishedWithNote", { title, note: data.note })
          : t("updatePublished", { title }),
        href: publicPath ?? studio,
      };
    case "article.update_accepted":
      return { text: t("updateAccepted", { title }), href: publicPath ?? studio };
    case "article.update_returned":
      return {
        text: data.reason
          ? t("updateReturnedWithReason", { title, reason: data.reason })
          : t("updateReturned", { title }),
        href: `${studio}/pembaruan`,
      };
    case "writer.verified":
      return { text: t("writerVerified"), href: "/tulis" };
    case "comment.received":
      return { text: t("commentReceived", { title }), href: commentsHref(publicPath) };
    case "comment.replied":
      return { text: t("commentReplied", { title }), href: commentsHref(publicPath) };
    case "comment.removed":
      return {
        text: data.reason
          ? t("commentRemovedWithReason", { title, reason: data.reason })
          : t("commentRemoved", { title }),
        href: commentsHref(publicPath),
      };
    case "article_report.resolved":
      return {
        text: data.label
          ? t("reportResolvedWithOutcome", { title, outcome: data.label })
          : t("reportResolved", { title }),
        href: publicPath ?? "/notifikasi",
      };
    case "article.submitted":
      return { text: t("articleSubmitted", { title }), href: desk };
    case "article.resubmitted":
      return { text: t("articleResubmitted", { title }), href: desk };
    case "points.bonus":
      return { text: t("pointsBonus", { points }), href: "/tulis/statistik" };
    case "redemption.requested":
      return { text: t("redemptionRequested", { points }), href: "/redaksi/poin" };
    case "redemption.approved":
      return { text: t("redemptionApproved", { points }), href: "/tulis/statistik" };
    case "redemption.rejected":
      return { text: t("redemptionRejected", { points }), href: "/tulis/statistik" };
    case "redemption.paid":
      return { text: t("redemptionPaid", { points }), href: "/tulis/statistik" };
    default:
      return { text: t("other"), href: "/notifikasi" };
  }
}
