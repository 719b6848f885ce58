"use server";

import { revalidatePath } from "next/cache";
import { invalidateTags } from "@/lib/cache/invalidate";
import { z } from "zod";
import type { FormState } from "@/components/account/form-state";
import { runAction } from "@/lib/actions/run-action";
import { getActor } from "@/lib/auth/session";
import { addCorrection } from "@/lib/articles/publication/add-correction";
import { featureArticle } from "@/lib/articles/publication/feature-article";
import { unpublishArticle } from "@/lib/articles/publication/unpublish-article";

// Thin: parse the form, call the verb (which checks who may act), then make readers see the change
// at once. Desk pages render per request; revalidating their path refreshes the open page.

const articleId = z.string().min(1).max(40);

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

async function refresh(tagsToRevalidate: string[]) {
  await invalidateTags(tagsToRevalidate);
  revalidatePath("/redaksi/artikel/[id]", "layout");
}

export async function featureArticleAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const featured = text(form, "featured") === "true";
  const result = await runAction(async () => {
    const { tags } = await featureArticle(
      await getActor(),
      articleId.parse(text(form, "articleId")),
      featured,
    );
    await refresh(tags);
  });
  if (!result.ok) return { status: "error", message: result.message };
  return {
    status: "success",
    message: featured
      ? "Artikel kini menjadi headline beranda."
      : "Artikel tidak lagi menjadi headline beranda.",
  };
}

export async function unpublishArticleAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values = { reason: text(form, "reason") };
  const result = await runAction(async () => {
    const { tags } = await unpublishArticle(
      await getActor(),
      articleId.parse(text(form, "articleId")),
      values,
    );
    await refresh(tags);
  });
  if (!result.ok)
    return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values };
  return {
    status: "success",
    message: "Artikel telah ditarik dari publik. Penulis sudah diberi tahu.",
  };
}

export async function addCorrectionAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values = { note: text(form, "note") };
  const result = await runAction(async () => {
    const { tags } = await addCorrection(
      await getActor(),
      articleId.parse(text(form, "articleId")),
      values,
    );
    await refresh(tags);
  });
  if (!result.ok)
    return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values };
  return { status: "success", message: "Ralat diterbitkan dan tampil di halaman artikel.", values };
}
