"use client";

import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { ArticleParticipation } from "./article-participation";

export type IslandProps = { articleId: string; locale: Locale; messages: AbstractIntlMessages };

/** The comments with their messages: loaded as one chunk after the article has hydrated. */
export function ParticipationIsland({ articleId, locale, messages }: IslandProps) {
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="Asia/Jakarta">
      <ArticleParticipation articleId={articleId} />
    </NextIntlClientProvider>
  );
}
