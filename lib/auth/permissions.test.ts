import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/can";
import { cancelSchedule } from "@/lib/articles/publication/cancel-schedule";
import { claimArticle } from "@/lib/articles/review/claim-article";
import { createSubmission, deskCast, snapshot } from "@/test/review-fixtures";
import { enterDesk } from "@/lib/articles/review/enter-desk";
import { getArticlePreview } from "@/lib/articles/review/get-article-preview";
import { listReviewQueue } from "@/lib/articles/review/list-review-queue";
import { listScheduledArticles } from "@/lib/articles/publication/list-scheduled-articles";
import { publishArticle } from "@/lib/articles/publication/publish-article";
import { rejectArticle } from "@/lib/articles/review/reject-article";
import { releaseClaim } from "@/lib/articles/review/release-claim";
import { requestChanges } from "@/lib/articles/review/request-changes";
import { scheduleArticle } from "@/lib/articles/publication/schedule-article";

let cast: Awaited<ReturnType<typeof deskCast>>;
beforeEach(async () => {
  cast = await deskCast();
});

type Verb = (actor: Actor | null, articleId: string) => Promise<unknown>;

// Every desk verb, called as it would be from a form; the article is in the state the verb expects.
const verbs: [string, Verb, "SUBMITTED" | "IN_REVIEW" | "SCHEDULED"][] = [
  ["enterDesk", (actor) => enterDesk(actor), "SUBMITTED"],
  ["listReviewQueue", (actor) => listReviewQueue(actor), "SUBMITTED"],
  ["listScheduledArticles", (actor) => listScheduledArticles(actor), "SUBMITTED"],
  ["getArticlePreview", (actor, id) => getArticlePreview(actor, id), "SUBMITTED"],
  ["claimArticle", (actor, id) => claimArticle(actor, id), "SUBMITTED"],
  ["releaseClaim", (actor, id) => releaseClaim(actor, id), "IN_REVIEW"],
  ["publishArticle", (actor, id) => publishArticle(actor, id), "SUBMITTED"],
  [
    "scheduleArticle",
    (actor, id) => scheduleArticle(actor, id, { date: "2099-01-01", time: "08:00" }),
    "SUBMITTED",
  ],
  [
    "requestChanges",
    (actor, id) => requestChanges(actor, id, { note: "Tolong perbaiki judulnya." }),
    "SUBMITTED",
  ],
  [
    "rejectArticle",
    (actor, id) => rejectArticle(actor, id, { reason: "Plagiarisme", detail: "" }),
    "SUBMITTED",
  ],
  ["cancelSchedule", (actor, id) => cancelSchedule(actor, id), "SCHEDULED"],
];

describe.each(verbs)("%s", (_name, verb, status) => {
  it("refuses anonymous visitors, writers of every tier and a suspended editor, and changes nothing", async () => {
    const article = await createSubmission({
      writerId: cast.verified.id,
      sectionId: cast.section.id,
      status,
      claimedById: status === "IN_REVIEW" ? cast.suspendedEditor.id : undefined,
    });
    const before = await snapshot(article.id);
    const refused: [Actor | null, string][] = [
      [null, "UNAUTHENTICATED"],
      [cast.member, "FORBIDDEN"],
      [cast.verified, "FORBIDDEN"], // the article's own writer, a Verified Writer
      [cast.suspendedEditor, "FORBIDDEN"],
    ];
    for (const [actor, code] of refused)
      await expect(verb(actor, article.id)).rejects.toMatchObject({ code });
    expect(await snapshot(article.id)).toEqual(before);
  });
});
