import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { articlePath, sectionPathSelect } from "@/lib/articles/article-card";
import { describeNotification } from "@/lib/notifications/describe-notification";
import type { Locale } from "@/lib/i18n/locales";
import { READER_PAGE_TYPES } from "@/lib/notifications/notification-types";
import { readNotificationData } from "@/lib/notifications/notification-types";
import { pageCount } from "@/lib/pagination";

export type NotificationItem = {
  id: string;
  type: string;
  text: string;
  href: string;
  createdAt: string;
  read: boolean;
};
export type NotificationList = {
  items: NotificationItem[];
  unread: number;
  total: number;
  page: number;
  pageCount: number;
};

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** Reader URLs of the published articles among `ids`, read now: an article may have moved since. */
async function publicPaths(ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await db.article.findMany({
    where: { id: { in: ids }, status: "PUBLISHED" },
    select: { id: true, slug: true, section: { select: sectionPathSelect } },
  });
  return new Map(rows.map((row) => [row.id, articlePath(row.slug, row.section)]));
}

/** The actor's own notifications, newest first, with what each says and where it leads. */
export async function listNotifications(
  actor: Actor | null,
  options: { page?: number; pageSize?: number; locale?: Locale } = {},
): Promise<NotificationList> {
  authorize(actor, "notification:read-own", undefined);
  const pageSize = Math.min(Math.max(options.pageSize ?? NOTIFICATIONS_PAGE_SIZE, 1), 100);
  const page = Math.max(options.page ?? 1, 1);
  const [rows, total, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId: actor.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, type: true, data: true, readAt: true, createdAt: true },
    }),
    db.notification.count({ where: { userId: actor.id } }),
    db.notification.count({ where: { userId: actor.id, readAt: null } }),
  ]);
  const parsed = rows.map((row) => ({ row, data: readNotificationData(row.data) }));
  const paths = await publicPaths([
    ...new Set(
      parsed.flatMap(({ row, data }) =>
        READER_PAGE_TYPES.has(row.type) && data.articleId ? [data.articleId] : [],
      ),
    ),
  ]);
  return {
    items: parsed.map(({ row, data }) => ({
      id: row.id,
      type: row.type,
      ...describeNotification(
        row.type,
        data,
        data.articleId ? (paths.get(data.articleId) ?? null) : null,
        options.locale,
      ),
      createdAt: row.createdAt.toISOString(),
      read: row.readAt !== null,
    })),
    unread,
    total,
    page,
    pageCount: pageCount(total, pageSize),
  };
}
