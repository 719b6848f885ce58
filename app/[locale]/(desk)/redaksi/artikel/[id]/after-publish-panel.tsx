"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/account/form-message";
import { idle, type ActionResult } from "@/lib/actions/result";
import { SubmitButton } from "@/components/account/submit-button";
import type { ArticleStatus } from "@/lib/enums";
import {
  addCorrectionAction,
  featureArticleAction,
  unpublishArticleAction,
} from "./after-publish-actions";

export type AfterPublishArticle = {
  id: string;
  status: ArticleStatus;
  featured: boolean;
  correctionNote: string | null;
};

type TextAreaProps = {
  name: string;
  label: string;
  hint: string;
  state: ActionResult<unknown>;
  defaultValue?: string;
  required?: boolean;
};

function TextArea({ name, label, hint, state, defaultValue, required }: TextAreaProps) {
  const id = `after-publish-${name}`;
  const errors = state.fieldErrors?.[name];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        rows={3}
        required={required}
        defaultValue={state.values?.[name] ?? defaultValue}
        aria-invalid={errors ? true : undefined}
        aria-describedby={`${id}-hint${errors ? ` ${id}-error` : ""}`}
      />
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      {errors && (
        <p id={`${id}-error`} className="field-error">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}

function FeatureForm({ article }: { article: AfterPublishArticle }) {
  const t = useTranslations("desk.afterPublish");
  const [state, action] = useActionState(featureArticleAction, idle);
  return (
    <form action={action} className="account-form">
      <h3>{t("featureHeading")}</h3>
      <FormMessage state={state} />
      <input type="hidden" name="articleId" value={article.id} />
      <input type="hidden" name="featured" value={String(!article.featured)} />
      <p>{article.featured ? t("featured") : t("notFeatured")}</p>
      <div className="form-actions">
        <SubmitButton
          label={article.featured ? t("unfeature") : t("feature")}
          pendingLabel={t("saving")}
        />
      </div>
    </form>
  );
}

function CorrectionForm({ article }: { article: AfterPublishArticle }) {
  const t = useTranslations("desk.afterPublish");
  const [state, action] = useActionState(addCorrectionAction, idle);
  return (
    <form action={action} className="account-form" noValidate>
      <h3>{t("correctionHeading")}</h3>
      <FormMessage state={state} />
      <input type="hidden" name="articleId" value={article.id} />
      <TextArea
        name="note"
        label={t("correctionNote")}
        hint={t("correctionHint")}
        state={state}
        required
      />
      <div className="form-actions">
        <SubmitButton label={t("publishCorrection")} pendingLabel={t("publishing")} />
      </div>
    </form>
  );
}

function UnpublishForm({ article }: { article: AfterPublishArticle }) {
  const t = useTranslations("desk.afterPublish");
  const [state, action] = useActionState(unpublishArticleAction, idle);
  return (
    <form action={action} className="account-form" noValidate>
      <h3>{t("unpublish")}</h3>
      <FormMessage state={state} />
      <input type="hidden" name="articleId" value={article.id} />
      <TextArea
        name="reason"
        label={t("unpublishReason")}
        hint={t("unpublishHint")}
        state={state}
        required
      />
      <div className="form-actions">
        <SubmitButton label={t("unpublish")} pendingLabel={t("unpublishing")} />
      </div>
    </form>
  );
}

/** The desk's tools for an article that is (or was) public: headline, correction note, withdrawal. */
export function AfterPublishPanel({ article }: { article: AfterPublishArticle }) {
  const t = useTranslations("desk.afterPublish");
  if (article.status !== "PUBLISHED" && article.status !== "UNPUBLISHED") return null;
  return (
    <section aria-labelledby="after-publish-title" className="after-publish-panel">
      <h2 id="after-publish-title">{t("heading")}</h2>
      {article.status === "UNPUBLISHED" ? (
        <p role="status">{t("withdrawn")}</p>
      ) : (
        <>
          <p>
            <Link className="button" href={`/redaksi/artikel/${article.id}/sunting`}>
              {t("update")}
            </Link>{" "}
            <span className="muted small">{t("updateHint")}</span>
          </p>
          <FeatureForm article={article} />
          <CorrectionForm article={article} />
          <UnpublishForm article={article} />
        </>
      )}
    </section>
  );
}
