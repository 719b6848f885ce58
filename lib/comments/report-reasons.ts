// Why a reader reports a comment or an article; "salah fakta" is for articles only.
export const COMMENT_REPORT_REASONS = {
  SPAM: "Spam atau promosi",
  SARA: "SARA atau ujaran kebencian",
  HARASSMENT: "Pelecehan atau serangan pribadi",
  HOAX: "Hoaks atau disinformasi",
  OTHER: "Lainnya",
} as const;

export const ARTICLE_REPORT_REASONS = {
  FALSE_FACT: "Salah fakta",
  ...COMMENT_REPORT_REASONS,
} as const;

export type CommentReportReason = keyof typeof COMMENT_REPORT_REASONS;
export type ArticleReportReason = keyof typeof ARTICLE_REPORT_REASONS;
