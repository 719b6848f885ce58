import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { publishArticle } from "@/lib/articles/publication/publish-article";
import { proposedTopicSlug } from "@/lib/topics/proposed-topic-slug";
import { createTopic, resetDatabase } from "@/test/factories";
import { createSubmission, deskCast } from "@/test/review-fixtures";

let cast: Awaited<ReturnType<typeof deskCast>>;
beforeEach(async () => {
  await resetDatabase();
  cast = await deskCast();
});

describe("proposed topics in any script", () => {
  it("gives non-Latin and emoji names a stable slug instead of dropping them", () => {
    expect(proposedTopicSlug("Banjir Jakarta")).toBe("banjir-jakarta");
    expect(proposedTopicSlug("東京")).toMatch(/^topik-[0-9a-f]{8}$/);
    expect(proposedTopicSlug("東京")).toBe(proposedTopicSlug("東京"));
    expect(proposedTopicSlug("東京")).not.toBe(proposedTopicSlug("大阪"));
    expect(proposedTopicSlug("Kopi ☕")).toMatch(/^kopi-[0-9a-f]{8}$/);
    expect(proposedTopicSlug("Kopi ☕")).not.toBe(proposedTopicSlug("Kopi"));
    expect(proposedTopicSlug("Café Jawa")).toBe("cafe-jawa");
  });

  it("publishes with every proposal as a topic, never merged into a differently named one", async () => {
    const plainC = await createTopic({ name: "C", slug: "c" });
    const kopi = await createTopic({ name: "Kopi", slug: "kopi" });
    const article = await createSubmission({
      writerId: cast.verified.id,
      sectionId: cast.section.id,
      proposedTopics: ["東京", "Kopi ☕", "C++"],
    });
    const { topicSlugs } = await publishArticle(cast.editor, article.id);
    expect(topicSlugs).toHaveLength(3);
    const topics = await db.topic.findMany({ where: { slug: { in: topicSlugs } } });
    expect(topics.map((t) => t.name).sort()).toEqual(["C++", "Kopi ☕", "東京"].sort());
    expect(topicSlugs).not.toContain(plainC.slug);
    expect(topicSlugs).not.toContain(kopi.slug);

    // The same proposal later lands on the same topic, by name.
    const again = await createSubmission({
      writerId: cast.verified.id,
      sectionId: cast.section.id,
      proposedTopics: ["東京"],
    });
    const second = await publishArticle(cast.editor, again.id);
    expect(second.topicSlugs).toEqual([topics.find((t) => t.name === "東京")!.slug]);
  });
});
