// The notification types of the product and the data each one carries. Created through notify()
// by the verbs that make the change (submit-article.ts for the editors' ones, the desk's decisions
// for the writers').

export const NOTIFICATION_TYPES = [
  "article.submitted",
  "article.resubmitted",
  "article.published",
  "article.scheduled",
  "article.unscheduled",
  "article.changes_requested",
  "article.rejected",
  "article.unpublished",
  "article.update_submitted",
  "article.update_published",
  "article.update_accepted",
  "article.update_returned",
  "writer.verified",
  "comment.received",
  "comment.replied",
  "comment.removed",
  "article_report.resolved",
  "points.bonus",
  "redemption.requested",
  "redemption.approved",
  "redemption.rejected",
  "redemption.paid",
] as const;

export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** Types that lead to the article's reader page (looked up when listed), not to the studio. */
export const READER_PAGE_TYPES: ReadonlySet<string> = new Set([
  "article.published",
  "article.update_published",
  "article.update_accepted",
  "comment.received",
  "comment.replied",
  "comment.removed",
  "article_report.resolved",
]);

/**
 * The ones that also reach the inbox: a decision the writer must act on or should know at once.
 * The rest (new submissions for editors, schedule changes) wait in the bell.
 */
export const EMAILED_TYPES: NotificationType[] = [
  "article.published",
  "article.changes_requested",
  "article.rejected",
  "article.unpublished",
  "article.update_returned",
  "writer.verified",
];

/**
 * Plain JSON stored in Notification.data. The title is copied so the text survives a rename;
 * `note`/`reason` carry the editor's words, `label` a formatted time (scheduled publication).
 */
export type NotificationData = {
  articleId?: string;
  title?: string;
  note?: string;
  reason?: string;
  label?: string;
  /** Where a published article can be read (article.published). */
  path?: string;
  /** ISO time a scheduled article goes out (article.scheduled). */
  scheduledFor?: string;
};

const TEXT_FIELDS = ["articleId", "title", "note", "reason", "label"] as const;

export function readNotificationData(value: unknown): NotificationData {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const record = value as Record<string, unknown>;
  const data: NotificationData = {};
  for (const field of TEXT_FIELDS) {
    const text = record[field];
    if (typeof text === "string") data[field] = text;
  }
  return data;
}
