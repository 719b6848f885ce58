import { z } from "zod";
import {
  ARTICLE_REPORT_REASONS,
  COMMENT_REPORT_REASONS,
  type ArticleReportReason,
  type CommentReportReason,
} from "@/lib/comments/report-reasons";

export const commentReportReasonSchema = z.enum(
  Object.keys(COMMENT_REPORT_REASONS) as [CommentReportReason, ...CommentReportReason[]],
  { error: "Pilih alasan laporan." },
);
export const articleReportReasonSchema = z.enum(
  Object.keys(ARTICLE_REPORT_REASONS) as [ArticleReportReason, ...ArticleReportReason[]],
  { error: "Pilih alasan laporan." },
);
