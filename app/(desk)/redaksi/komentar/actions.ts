"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { getActor } from "@/lib/auth/session";
import { invalidateTags } from "@/lib/cache/invalidate";
import { approveComment } from "@/lib/comments/approve-comment";
import { banCommenter } from "@/lib/comments/ban-commenter";
import { removeComment } from "@/lib/comments/remove-comment";
import { updateCommentSettings } from "@/lib/comments/update-comment-settings";
import { resolveArticleReport } from "@/lib/reports/resolve-article-report";
import { formFields, toFormResult, type FormResult } from "../penulis/form-result";

const idOf = (form: FormData, name: string) => z.string().min(1).max(64).parse(form.get(name));

// The queue is re-read whatever happened: a refusal often means another editor decided first.
const done = (result: FormResult) => {
  revalidatePath("/redaksi/komentar", "layout");
  return result;
};

export async function approveCommentAction(form: FormData): Promise<FormResult> {
  const result = await runAction(async () => {
    const { tags } = await approveComment(await getActor(), idOf(form, "commentId"));
    await invalidateTags(tags);
  });
  return done(toFormResult(result, () => "Komentar disetujui dan tampil di artikel."));
}

export async function removeCommentAction(form: FormData): Promise<FormResult> {
  const result = await runAction(async () => {
    const { tags } = await removeComment(
      await getActor(),
      idOf(form, "commentId"),
      formFields(form),
    );
    await invalidateTags(tags);
  });
  return done(toFormResult(result, () => "Komentar dihapus. Penulisnya diberi tahu alasannya."));
}

export async function banCommenterAction(form: FormData): Promise<FormResult> {
  const result = await runAction(async () => {
    const { tags } = await banCommenter(await getActor(), formFields(form));
    await invalidateTags(tags);
  });
  return done(toFormResult(result, () => "Akun diblokir dari berkomentar."));
}

export async function resolveArticleReportAction(form: FormData): Promise<FormResult> {
  const result = await runAction(async () => {
    const { tags } = await resolveArticleReport(
      await getActor(),
      idOf(form, "reportId"),
      formFields(form),
    );
    await invalidateTags(tags);
  });
  return done(toFormResult(result, () => "Laporan diputuskan. Pelapor diberi tahu."));
}

export async function updateCommentSettingsAction(form: FormData): Promise<FormResult> {
  const result = await runAction(async () => {
    const { tags } = await updateCommentSettings(await getActor(), formFields(form));
    await invalidateTags(tags);
  });
  return done(toFormResult(result, () => "Pengaturan komentar disimpan."));
}
