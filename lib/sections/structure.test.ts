import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { createSection } from "@/lib/sections/create-section";
import { createTopic } from "@/lib/topics/create-topic";
import { listTaxonomy } from "@/lib/sections/list-structure";
import { mergeTopics } from "@/lib/topics/merge-topics";
import { renameSection } from "@/lib/sections/rename-section";
import { renameTopic } from "@/lib/topics/rename-topic";
import * as factories from "@/test/factories";

type UserRow = Awaited<ReturnType<typeof factories.createUser>>;
const asActor = (user: UserRow): Actor => ({
  id: user.id,
  role: user.role,
  tier: user.tier,
  suspendedAt: user.suspendedAt,
});
const auditOf = (targetId: string) =>
  db.auditLog.findMany({
    where: { targetId },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, before: true, after: true },
  });
const redirectOf = (kind: "SECTION" | "TOPIC", oldSlug: string) =>
  db.slugRedirect.findUnique({
    where: { kind_oldSlug: { kind, oldSlug } },
    select: { targetId: true },
  });

let editor: Actor;
let writer: Actor;
let verifiedWriter: Actor;
let suspendedEditor: Actor;

beforeEach(async () => {
  await factories.resetDatabase();
  editor = asActor(await factories.createUser({ role: "EDITOR" }));
  writer = asActor(await factories.createUser());
  verifiedWriter = asActor(await factories.createUser({ tier: "VERIFIED" }));
  suspendedEditor = asActor(await factories.createUser({ role: "ADMIN", suspendedAt: new Date() }));
});

describe("sections", () => {
  it("creates a section and a sub-section last in their menus, slugging the name when no slug is given", async () => {
    await factories.createSection({ slug: "lama", position: 4 });
    const top = await createSection(editor, {
      name: "Opini & Kolom",
      description: "Pendapat warga",
    });
    expect(top).toMatchObject({ slug: "opini-dan-kolom", tags: ["sections", "articles"] });
    const child = await createSection(editor, {
      name: "Surat Pembaca",
      slug: "surat-pembaca",
      parentId: top.id,
    });
    expect(await db.section.findUniqueOrThrow({ where: { id: top.id } })).toMatchObject({
      position: 5,
      parentId: null,
      description: "Pendapat warga",
    });
    expect(await db.section.findUniqueOrThrow({ where: { id: child.id } })).toMatchObject({
      position: 0,
      parentId: top.id,
    });
    expect(await auditOf(top.id)).toEqual([
      {
        action: "section.create",
        actorId: editor.id,
        before: null,
        after: {
          name: "Opini & Kolom",
          slug: "opini-dan-kolom",
          description: "Pendapat warga",
          parentId: null,
        },
      },
    ]);
  });

  it("refuses route words, taken slugs, article slugs and a third level", async () => {
    const top = await createSection(editor, { name: "Opini" });
    const child = await createSection(editor, { name: "Kolom", parentId: top.id });
    await factories.createArticle({ slug: "judul-artikel" });
    await expect(createSection(editor, { name: "Redaksi" })).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { slug: [expect.any(String)] } },
    });
    await expect(
      createSection(editor, { name: "Halaman", parentId: top.id }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      createSection(editor, { name: "Opini lain", slug: "opini" }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      createSection(editor, { name: "Judul", slug: "judul-artikel", parentId: top.id }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await expect(createSection(editor, { name: "Cucu", parentId: child.id })).rejects.toMatchObject(
      { code: "INVALID", details: { fieldErrors: { parentId: [expect.any(String)] } } },
    );
    await expect(createSection(editor, { name: "Bad", slug: "Bukan Slug!" })).rejects.toMatchObject(
      { name: "ZodError" },
    );
  });

  it("renames a section; a changed slug leaves a SECTION redirect, and renaming back removes the loop", async () => {
    const section = await createSection(editor, { name: "Opini" });
    const result = await renameSection(editor, {
      id: section.id,
      name: "Kolom Warga",
      slug: "kolom-warga",
    });
    expect(result.tags).toEqual(["sections", "articles"]);
    expect(await db.section.findUniqueOrThrow({ where: { id: section.id } })).toMatchObject({
      name: "Kolom Warga",
      slug: "kolom-warga",
    });
    expect(await redirectOf("SECTION", "opini")).toEqual({ targetId: section.id });
    expect((await auditOf(section.id))[1]).toEqual({
      action: "section.rename",
      actorId: editor.id,
      before: { name: "Opini", slug: "opini" },
      after: { name: "Kolom Warga", slug: "kolom-warga" },
    });

    await renameSection(editor, { id: section.id, name: "Opini", slug: "opini" });
    expect(await redirectOf("SECTION", "opini")).toBeNull();
    expect(await redirectOf("SECTION", "kolom-warga")).toEqual({ targetId: section.id });

    // Only the name: no redirect, nothing else changes.
    await renameSection(editor, { id: section.id, name: "Opini Warga", slug: "opini" });
    expect(await db.slugRedirect.count({ where: { kind: "SECTION" } })).toBe(1);
    expect(
      await renameSection(editor, { id: section.id, name: "Opini Warga", slug: "opini" }),
    ).toEqual({ slug: "opini", tags: [] });
    expect((await auditOf(section.id)).length).toBe(4);
  });

  it("refuses a rename to another section's slug and unknown sections", async () => {
    const a = await createSection(editor, { name: "Opini" });
    await createSection(editor, { name: "Kolom" });
    await expect(
      renameSection(editor, { id: a.id, name: "Opini", slug: "kolom" }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      renameSection(editor, { id: "tidak-ada", name: "Opini", slug: "opini-2" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("topics", () => {
  it("creates and renames a topic, recording a TOPIC redirect from the old slug", async () => {
    const topic = await createTopic(editor, { name: "Banjir Jakarta" });
    expect(topic.slug).toBe("banjir-jakarta");
    await expect(createTopic(editor, { name: "Banjir Jakarta" })).rejects.toMatchObject({
      code: "INVALID",
    });
    await renameTopic(editor, {
      id: topic.id,
      name: "Banjir Ibu Kota",
      slug: "banjir-ibu-kota",
      description: "Genangan dan penanganannya",
    });
    expect(await db.topic.findUniqueOrThrow({ where: { id: topic.id } })).toMatchObject({
      slug: "banjir-ibu-kota",
      description: "Genangan dan penanganannya",
    });
    expect(await redirectOf("TOPIC", "banjir-jakarta")).toEqual({ targetId: topic.id });
    expect((await auditOf(topic.id)).map((row) => row.action)).toEqual([
      "topic.create",
      "topic.rename",
    ]);
  });

  it("merges A into B: links move without duplicates, redirects follow, A is gone, all in one audited step", async () => {
    const a = await factories.createTopic({ slug: "sepakbola", name: "Sepakbola" });
    const b = await factories.createTopic({ slug: "sepak-bola", name: "Sepak Bola" });
    const onlyA = await factories.createArticle({ topics: [a.id] });
    const both = await factories.createArticle({ topics: [a.id, b.id] });
    const onlyB = await factories.createArticle({ topics: [b.id] });
    await db.slugRedirect.create({ data: { kind: "TOPIC", oldSlug: "bola", targetId: a.id } });

    const result = await mergeTopics(editor, { sourceId: a.id, targetId: b.id });
    expect(result).toEqual({ moved: 1, targetSlug: "sepak-bola", tags: ["topics", "articles"] });
    expect(await db.topic.findUnique({ where: { id: a.id } })).toBeNull();
    const links = await db.articleTopic.findMany({
      where: { topicId: b.id },
      select: { articleId: true },
    });
    expect(links.map((link) => link.articleId).sort()).toEqual(
      [onlyA.id, both.id, onlyB.id].sort(),
    );
    expect(await db.articleTopic.count({ where: { topicId: a.id } })).toBe(0);
    expect(await redirectOf("TOPIC", "sepakbola")).toEqual({ targetId: b.id });
    expect(await redirectOf("TOPIC", "bola")).toEqual({ targetId: b.id });
    expect(await auditOf(a.id)).toEqual([
      {
        action: "topic.merge",
        actorId: editor.id,
        before: { id: a.id, slug: "sepakbola", name: "Sepakbola", articles: 2 },
        after: { mergedInto: { id: b.id, slug: "sepak-bola", name: "Sepak Bola" }, moved: 1 },
      },
    ]);
  });

  it("refuses merging a topic into itself or into one that does not exist, changing nothing", async () => {
    const a = await factories.createTopic();
    await factories.createArticle({ topics: [a.id] });
    await expect(mergeTopics(editor, { sourceId: a.id, targetId: a.id })).rejects.toMatchObject({
      name: "ZodError",
    });
    await expect(
      mergeTopics(editor, { sourceId: a.id, targetId: "tidak-ada" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.articleTopic.count({ where: { topicId: a.id } })).toBe(1);
  });
});

describe("authorization", () => {
  it("refuses anonymous visitors, writers, Verified Writers and suspended staff on every taxonomy verb", async () => {
    const section = await factories.createSection();
    const a = await factories.createTopic();
    const b = await factories.createTopic();
    for (const actor of [null, writer, verifiedWriter, suspendedEditor]) {
      const code = actor ? "FORBIDDEN" : "UNAUTHENTICATED";
      await expect(createSection(actor, { name: "Rubrik Liar" })).rejects.toMatchObject({ code });
      await expect(
        renameSection(actor, { id: section.id, name: "Dibajak", slug: "dibajak" }),
      ).rejects.toMatchObject({ code });
      await expect(createTopic(actor, { name: "Topik Liar" })).rejects.toMatchObject({ code });
      await expect(
        renameTopic(actor, { id: a.id, name: "Dibajak", slug: "dibajak" }),
      ).rejects.toMatchObject({ code });
      await expect(mergeTopics(actor, { sourceId: a.id, targetId: b.id })).rejects.toMatchObject({
        code,
      });
      await expect(listTaxonomy(actor)).rejects.toMatchObject({ code });
    }
    expect(await db.topic.count()).toBe(2);
    expect(await db.section.findUniqueOrThrow({ where: { id: section.id } })).toMatchObject({
      slug: section.slug,
    });
  });

  it("lists sections in menu order with sub-sections and topics with article counts", async () => {
    const top = await factories.createSection({ slug: "news", name: "News", position: 0 });
    const sub = await factories.createSection({ slug: "dunia", name: "Dunia", parentId: top.id });
    const topic = await factories.createTopic({ name: "Asia" });
    await factories.createArticle({ sectionId: sub.id, topics: [topic.id] });
    const taxonomy = await listTaxonomy(editor);
    expect(taxonomy.sections.slice(0, 2)).toMatchObject([
      { slug: "news", href: "/news", articleCount: 0, parentId: null },
      { slug: "dunia", href: "/news/dunia", articleCount: 1, parentId: top.id },
    ]);
    expect(taxonomy.topics.find((t) => t.id === topic.id)).toMatchObject({ articleCount: 1 });
  });
});
