// Synthetic readership for "Terpopuler" (most viewed in the last 7 days): a few articles with
// hundreds of daily-unique visitors, a long tail with a handful. Visitor hashes are random, so the
// rows cannot be mistaken for, or linked to, real visitors.
import { createHash, randomBytes } from "node:crypto";
import { jakartaDay } from "../../lib/format/dates";
import { stableInt } from "./ids";

export type ViewRow = { articleId: string; day: Date; visitorHash: string };
type Candidate = { id: string; publishedAt: Date };

const DAY = 86_400_000;
const WINDOW_DAYS = 7;
const TOP_VIEWS = 420;
const MIN_VIEWS = 4;

const visitorHash = () => createHash("sha256").update(randomBytes(16)).digest("hex");

/**
 * Ranks `popular` in the given order (first = most read) and spreads each article's views over
 * the days since it was published, more on recent days.
 */
export function buildViews(popular: Candidate[], now: Date): ViewRow[] {
  const today = jakartaDay(now);
  const rows: ViewRow[] = [];
  popular.forEach((article, rank) => {
    const total = Math.max(
      MIN_VIEWS,
      Math.round(TOP_VIEWS / (rank + 1) + stableInt(`views:${article.id}`, 6)),
    );
    const firstDay = jakartaDay(article.publishedAt);
    const days: Date[] = [];
    for (let back = 0; back < WINDOW_DAYS; back++) {
      const day = new Date(today.getTime() - back * DAY);
      if (day >= firstDay) days.push(day);
    }
    // Weights 7, 6, 5 … favour the latest days; an article published yesterday gets only two days.
    const weights = days.map((_, i) => WINDOW_DAYS - i);
    const sum = weights.reduce((a, b) => a + b, 0);
    for (let n = 0; n < total; n++) {
      let pick = Math.random() * sum;
      let i = 0;
      while (pick >= weights[i] && i < days.length - 1) pick -= weights[i++];
      rows.push({ articleId: article.id, day: days[i], visitorHash: visitorHash() });
    }
  });
  return rows;
}

/** Lifetime views: this week's rows plus, for corpus articles, a stable number from before. */
export function viewCount(articleId: string, rowsThisWeek: number, fromCorpus: boolean) {
  return (
    rowsThisWeek +
    (fromCorpus
      ? 50 + stableInt(`history:${articleId}`, 4000)
      : stableInt(`history:${articleId}`, 40))
  );
}
