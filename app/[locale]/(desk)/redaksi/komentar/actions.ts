"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { approveComment } from "@/lib/comments/approve-comment";
import { banCommenter, banCommenterSchema } from "@/lib/comments/ban-commenter";
import { removeComment, removeCommentSchema } from "@/lib/comments/remove-comment";
import { updateCommentSettings } from "@/lib/comments/update-comment-settings";
import {
  resolveArticleReport,
  resolveArticleReportSchema,
} from "@/lib/reports/resolve-article-report";

const id = z.string().min(1).max(64);
const commentRefSchema = z.object({ commentId: id });

// The verbs name the reader pages they changed; the moderation pages are re-read whatever
// happened: a refusal often means another editor decided first.
const revalidate = {
  tags: ({ tags }: { tags: string[] }) => tags,
  paths: [{ path: "/redaksi/komentar", type: "layout" as const }],
  evenOnError: true,
};

export const approveCommentAction = action(
  commentRefSchema,
  (actor, { commentId }) => approveComment(actor, commentId),
  { revalidate, message: "Komentar disetujui dan tampil di artikel." },
);

export const removeCommentAction = action(
  removeCommentSchema.extend(commentRefSchema.shape),
  (actor, { commentId, ...input }) => removeComment(actor, commentId, input),
  { revalidate, message: "Komentar dihapus. Penulisnya diberi tahu alasannya." },
);

export const banCommenterAction = action(banCommenterSchema, banCommenter, {
  revalidate,
  message: "Akun diblokir dari berkomentar.",
});

export const resolveArticleReportAction = action(
  resolveArticleReportSchema.extend({ reportId: id }),
  (actor, { reportId, ...input }) => resolveArticleReport(actor, reportId, input),
  { revalidate, message: "Laporan diputuskan. Pelapor diberi tahu." },
);

// The form's fields as sent: the verb's schema turns the text into a word list, and parsing
// that output a second time (in the verb) would refuse it.
const commentSettingsFormSchema = z.object({
  closedByDefault: z.string().optional(),
  words: z.string().optional(),
});

export const updateCommentSettingsAction = action(
  commentSettingsFormSchema,
  updateCommentSettings,
  { revalidate, message: "Pengaturan komentar disimpan." },
);
