import type { EditableArticle } from "@/lib/articles/editable-article";

/** Everything the writer edits, as the studio holds it between saves. */
export type DraftFields = Pick<
  EditableArticle,
  | "title"
  | "subtitle"
  | "datelineCity"
  | "sectionId"
  | "topicIds"
  | "proposedTopics"
  | "heroImageUrl"
  | "heroImageAlt"
  | "heroImageCaption"
  | "heroImageCredit"
  | "body"
> & {
  /** undefined: unchanged since the last save · null: removed · id: newly uploaded */
  heroMediaId?: string | null;
};

export function fieldsOf(article: EditableArticle): DraftFields {
  return {
    title: article.title,
    subtitle: article.subtitle,
    datelineCity: article.datelineCity,
    sectionId: article.sectionId,
    topicIds: article.topicIds,
    proposedTopics: article.proposedTopics,
    heroImageUrl: article.heroImageUrl,
    heroImageAlt: article.heroImageAlt,
    heroImageCaption: article.heroImageCaption,
    heroImageCredit: article.heroImageCredit,
    body: article.body,
  };
}

/** The request body of a save: the fields without the preview-only hero URL, plus the base version. */
export function saveRequestOf(fields: DraftFields, expectedVersion: number) {
  return {
    expectedVersion,
    title: fields.title,
    subtitle: fields.subtitle,
    datelineCity: fields.datelineCity,
    sectionId: fields.sectionId,
    topicIds: fields.topicIds,
    proposedTopics: fields.proposedTopics,
    heroMediaId: fields.heroMediaId,
    heroImageAlt: fields.heroImageAlt,
    heroImageCaption: fields.heroImageCaption,
    heroImageCredit: fields.heroImageCredit,
    body: fields.body,
  };
}

export function sameFields(a: DraftFields, b: DraftFields) {
  const comparable = (fields: DraftFields) => JSON.stringify({ ...fields, heroMediaId: undefined });
  return comparable(a) === comparable(b);
}
