import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createDraft } from "@/lib/articles/create-draft";
import { saveDraft } from "@/lib/articles/save-draft";
import { searchArticles } from "@/lib/search/search-articles";
import { cleanText } from "@/lib/text/clean-text";
import { updateProfile } from "@/lib/users/update-profile";
import { updateProfileSchema } from "@/lib/users/profile-input";
import { createArticle, createSection, createUser, resetDatabase } from "@/test/factories";
import { asActor } from "@/test/review-fixtures";

// Property test of the hostile run's finding: random strings and documents fed to the save,
// profile and search verbs never end in anything but a refusal the user is told about (AppError,
// or a ZodError, which every route and action answers 422), and what is saved is what was sent,
// less the documented cleaning (lib/text/clean-text.ts: U+0000 removed, lone surrogates → U+FFFD).

const SPECIALS = [
  "\u0000",
  "\ud800",
  "\udfff",
  "\ud83c",
  "\u202e",
  "\ufeff",
  "\u200b",
  "$&",
  "$1",
  "$'",
  '\'; DROP TABLE "Article"; --',
  "<script>alert(1)</script>",
  "\\u0000",
  "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚o̙̔ͮ̇͐̇",
  "田中さんにあげて下さい",
  "🏳️‍🌈",
  "\r\n",
];
const naughty = (maxLength: number) =>
  fc
    .array(fc.oneof(fc.string({ unit: "binary", maxLength: 3 }), fc.constantFrom(...SPECIALS)), {
      maxLength: Math.ceil(maxLength / 3),
    })
    .map((parts) => parts.join("").slice(0, maxLength));

const expectedRefusal = (error: unknown) => error instanceof AppError || error instanceof ZodError;

const inlineText = naughty(60).filter((text) => text.length > 0);
const documentArb = fc.record({
  type: fc.constant("doc"),
  content: fc.array(
    fc.oneof(
      fc.record({
        type: fc.constant("paragraph"),
        content: fc.array(fc.record({ type: fc.constant("text"), text: inlineText }), {
          maxLength: 3,
        }),
      }),
      fc.record({
        type: fc.constant("heading"),
        attrs: fc.record({ level: fc.constantFrom(2, 3) }),
        content: fc.array(fc.record({ type: fc.constant("text"), text: inlineText }), {
          maxLength: 2,
        }),
      }),
      fc.record({
        type: fc.constant("bulletList"),
        content: fc.array(
          fc.record({
            type: fc.constant("listItem"),
            content: fc.array(
              fc.record({
                type: fc.constant("paragraph"),
                content: fc.array(fc.record({ type: fc.constant("text"), text: inlineText }), {
                  maxLength: 2,
                }),
              }),
              { minLength: 1, maxLength: 2 },
            ),
          }),
          { minLength: 1, maxLength: 2 },
        ),
      }),
    ),
    { maxLength: 4 },
  ),
});

let writer: Actor;
let sectionId: string;
beforeAll(async () => {
  await resetDatabase();
  await createSection({ position: -1 });
  sectionId = (await createSection()).id;
  writer = asActor(await createUser());
  await createArticle({ title: "Banjir di Jakarta", bodyText: "Air naik di Kampung Melayu." });
});

describe("naughty input never ends in a 5xx", () => {
  it("saveDraft stores every title, subtitle and text node, cleaned, or refuses with a message", async () => {
    await fc.assert(
      fc.asyncProperty(naughty(200), naughty(300), documentArb, async (title, subtitle, body) => {
        const { id } = await createDraft(writer);
        const input = {
          expectedVersion: 1,
          title,
          subtitle,
          datelineCity: "Bandung",
          sectionId,
          topicIds: [],
          proposedTopics: [],
          heroImageAlt: "",
          heroImageCaption: "",
          heroImageCredit: "",
          body,
        };
        try {
          await saveDraft(writer, id, input);
        } catch (error) {
          if (expectedRefusal(error)) return;
          throw error;
        }
        const row = await db.article.findUniqueOrThrow({ where: { id } });
        expect(row.title).toBe(cleanText(title).trim());
        expect(row.subtitle).toBe(cleanText(subtitle).trim());
        for (const text of JSON.stringify(body).match(/"text":"(?:[^"\\]|\\.)*"/g) ?? []) {
          const value = cleanText(JSON.parse(`{${text}}`).text as string);
          expect(JSON.stringify(row.body)).toContain(JSON.stringify(value).slice(1, -1));
        }
      }),
      { numRuns: 40 },
    );
  });

  it("updateProfile keeps the bio and display name, cleaned, or refuses with a message", async () => {
    const user = await createUser();
    const actor = asActor(user);
    await fc.assert(
      fc.asyncProperty(naughty(60), naughty(160), async (displayName, bio) => {
        let saved = false;
        try {
          await updateProfile(
            actor,
            updateProfileSchema.parse({
              userId: user.id,
              username: user.username,
              displayName,
              bio,
            }),
          );
          saved = true;
        } catch (error) {
          if (!expectedRefusal(error)) throw error;
        }
        if (!saved) return;
        const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
        expect(row.displayName).toBe(cleanText(displayName.trim()).trim());
        expect(row.bio).toBe(cleanText(bio.trim()).trim());
      }),
      { numRuns: 60 },
    );
  });

  it("searchArticles answers every query (results, or a reason) and never throws", async () => {
    await fc.assert(
      fc.asyncProperty(naughty(250), fc.integer({ min: -5, max: 2000 }), async (query, page) => {
        const outcome = await searchArticles({ query, page });
        expect(["ok", "empty", "too_long", "no_terms"]).toContain(outcome.kind);
      }),
      { numRuns: 150 },
    );
  });
});
