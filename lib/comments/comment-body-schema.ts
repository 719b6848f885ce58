import { z } from "zod";
import { COMMENT_MAX_LENGTH } from "@/lib/comments/comment-text";

/** Comment text as typed: not empty or blank, at most COMMENT_MAX_LENGTH characters. */
export const commentBodySchema = z
  .string({ error: "Tulis komentar Anda." })
  .superRefine((text, ctx) => {
    if (text.trim().length === 0)
      ctx.addIssue({ code: "custom", message: "Komentar tidak boleh kosong. Tulis sesuatu dulu." });
    else if (text.length > COMMENT_MAX_LENGTH)
      ctx.addIssue({
        code: "custom",
        message: `Komentar paling banyak ${COMMENT_MAX_LENGTH.toLocaleString("id-ID")} karakter (sekarang ${text.length.toLocaleString("id-ID")}). Persingkat komentar Anda.`,
      });
  });
