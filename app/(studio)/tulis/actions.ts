"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { createDraft } from "@/lib/articles/create-draft";
import { submitArticle } from "@/lib/articles/submit-article";
import { withdrawArticle } from "@/lib/articles/withdraw-article";
import { getActor } from "@/lib/auth/session";

const articleId = z.string().min(1).max(40);

export async function createDraftAction(form?: FormData) {
  const draft = await createDraft(await getActor(), form?.get("template") ?? "kosong");
  redirect(`/tulis/artikel/${draft.id}`);
}

export async function submitArticleAction(id: string, expectedVersion: number) {
  return runAction(async () => {
    const result = await submitArticle(
      await getActor(),
      articleId.parse(id),
      z.number().int().parse(expectedVersion),
    );
    revalidatePath("/tulis");
    return result;
  });
}

export async function withdrawArticleAction(id: string) {
  return runAction(async () => {
    const result = await withdrawArticle(await getActor(), articleId.parse(id));
    revalidatePath("/tulis");
    return result;
  });
}
