"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { withArticleId } from "@/lib/articles/article-id";
import { addCorrection, correctionInputSchema } from "@/lib/articles/publication/add-correction";
import { featureArticle } from "@/lib/articles/publication/feature-article";
import {
  unpublishArticle,
  unpublishInputSchema,
} from "@/lib/articles/publication/unpublish-article";

// Readers see each change at once (the verbs name the tags); the desk page refreshes by path.
const revalidate = {
  tags: ({ tags }: { tags: string[] }) => tags,
  paths: [{ path: "/redaksi/artikel/[id]", type: "layout" as const }],
};

const featureSchema = withArticleId(z.object({ featured: z.string().max(5).optional() }));

export const featureArticleAction = action(
  featureSchema,
  (actor, input) => featureArticle(actor, input.articleId, input.featured === "true"),
  {
    revalidate,
    message: (_output, input) =>
      input.featured === "true"
        ? "Artikel kini menjadi headline beranda."
        : "Artikel tidak lagi menjadi headline beranda.",
    values: () => ({}),
  },
);

export const unpublishArticleAction = action(
  withArticleId(unpublishInputSchema),
  (actor, input) => unpublishArticle(actor, input.articleId, input),
  {
    revalidate,
    message: "Artikel telah ditarik dari publik. Penulis sudah diberi tahu.",
    values: () => ({}),
  },
);

export const addCorrectionAction = action(
  withArticleId(correctionInputSchema),
  (actor, input) => addCorrection(actor, input.articleId, input),
  { revalidate, message: "Ralat diterbitkan dan tampil di halaman artikel." },
);
