"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState, useTransition } from "react";
import { ArticleEditor } from "@/components/editor/article-editor";
import type { EditableArticle } from "@/lib/articles/editable-article";
import { failedRequiredChecks, houseFormatChecks } from "@/lib/articles/house-format";
import { formatWib } from "@/lib/format/dates";
import type { ActionResult } from "@/lib/actions/result";
import type { SimilarArticle } from "@/lib/articles/originality/find-similar-articles";
import { ChecklistPanel } from "./checklist-panel";
import { ConflictDialog } from "./conflict-dialog";
import { fieldsOf, sameFields, type DraftFields } from "./draft-fields";
import { HeroField } from "./hero-field";
import { clearBackup, readBackup, type LocalBackup } from "./local-backup";
import { SaveStatus } from "./save-status";
import { OriginalityCheck } from "./originality-check";
import { TopicPicker } from "./topic-picker";
import { useAutosave } from "./use-autosave";

type Props = {
  article: EditableArticle;
  sections: { id: string; label: string }[];
  topics: { id: string; name: string }[];
  emailVerified: boolean;
  /**
   * The desk's actions, shown instead of the writer's submit button when an editor edits here. They
   * get `flush`, which saves what is unsaved and tells whether everything is now stored.
   */
  deskActions?: (flush: () => Promise<boolean>) => React.ReactNode;
  /** The studio's submit action (the writer's own workspace); the desk edits without it. */
  submitArticle?: (articleId: string, expectedVersion: number) => Promise<ActionResult<unknown>>;
  /** The studio's originality check before submitting; the desk has its own in the review. */
  checkOriginality?: (articleId: string) => Promise<ActionResult<SimilarArticle[]>>;
};

/** The article workspace of the studio, also used by the desk to edit a submission in place. */
export function DraftWorkspace({
  article,
  sections,
  topics,
  emailVerified,
  deskActions,
  submitArticle,
  checkOriginality,
}: Props) {
  const t = useTranslations("studio.workspace");
  const locale = useLocale();
  const router = useRouter();
  const [fields, setFields] = useState<DraftFields>(() => fieldsOf(article));
  // Remounting the editor is how a restored or adopted version replaces its content.
  const [editorKey, setEditorKey] = useState(0);
  // Rendered only in the browser (draft-workspace-client.tsx), so the local copy can be read at once.
  const [backup, setBackup] = useState<LocalBackup | null>(() => {
    const found = readBackup(article.id);
    return found && !sameFields(found.fields, fieldsOf(article)) ? found : null;
  });
  const [submitMessage, setSubmitMessage] = useState<string | null>(null);
  const [submitting, startSubmit] = useTransition();
  const autosave = useAutosave(article.id, article.version, fields);
  const { state } = autosave;

  useEffect(() => {
    // A local copy identical to the server's is no longer needed.
    const found = readBackup(article.id);
    if (found && sameFields(found.fields, fieldsOf(article))) clearBackup(article.id);
  }, [article]);

  const update = (patch: Partial<DraftFields>) =>
    setFields((current) => ({ ...current, ...patch }));
  const fieldError = (name: string) =>
    state.kind === "invalid" ? state.fieldErrors?.[name]?.[0] : undefined;

  const checks = useMemo(
    () =>
      houseFormatChecks({
        title: fields.title,
        subtitle: fields.subtitle,
        datelineCity: fields.datelineCity,
        sectionId: fields.sectionId,
        topicCount: fields.topicIds.length,
        hero: {
          url: fields.heroImageUrl,
          caption: fields.heroImageCaption,
          credit: fields.heroImageCredit,
        },
        body: fields.body,
      }),
    [fields],
  );
  const blocking = failedRequiredChecks(checks);

  const restore = () => {
    if (!backup) return;
    autosave.restoreFrom(backup.baseVersion);
    setFields(backup.fields);
    setEditorKey((key) => key + 1);
    setBackup(null);
  };
  const discard = () => {
    clearBackup(article.id);
    setBackup(null);
  };

  const flush = async () => {
    if (autosave.isDirty()) await autosave.saveNow();
    return !autosave.isDirty();
  };

  const submit = () =>
    submitArticle &&
    startSubmit(async () => {
      setSubmitMessage(null);
      if (autosave.isDirty()) await autosave.saveNow();
      if (autosave.isDirty()) {
        setSubmitMessage(t("saveFirst"));
        return;
      }
      const result = await submitArticle(article.id, autosave.version.current);
      if (result.status === "success") {
        clearBackup(article.id);
        router.refresh();
      } else {
        setSubmitMessage(result.message ?? null);
      }
    });

  return (
    <div className="workspace">
      {backup && (
        <div className="restore-banner" role="region" aria-label={t("backupRegion")}>
          <p>{t("backupFound", { date: formatWib(new Date(backup.savedAt), locale) })}</p>
          <button type="button" onClick={restore}>
            {t("restore")}
          </button>{" "}
          <button type="button" className="button-secondary" onClick={discard}>
            {t("discard")}
          </button>
        </div>
      )}
      {state.kind === "conflict" && (
        <ConflictDialog
          mine={fields}
          theirs={state.current}
          savedBy={state.savedBy}
          onKeepMine={() => autosave.resolveConflict(state.current.version, null)}
          onTakeTheirs={() => {
            const theirs = fieldsOf(state.current);
            autosave.resolveConflict(state.current.version, theirs);
            setFields(theirs);
            setEditorKey((key) => key + 1);
          }}
        />
      )}

      <div className="workspace-main">
        <SaveStatus state={state} />
        <label className="field">
          {t("title")}
          <input
            className="title-input"
            value={fields.title}
            maxLength={200}
            onChange={(e) => update({ title: e.target.value })}
            aria-invalid={Boolean(fieldError("title"))}
          />
          {fieldError("title") && <span className="field-error">{fieldError("title")}</span>}
        </label>
        <label className="field">
          {t("subtitle")}
          <input
            value={fields.subtitle}
            maxLength={300}
            onChange={(e) => update({ subtitle: e.target.value })}
          />
        </label>
        <div className="field-row">
          <label className="field">
            {t("dateline")}
            <input
              value={fields.datelineCity}
              maxLength={60}
              onChange={(e) => update({ datelineCity: e.target.value })}
            />
          </label>
          <label className="field">
            {t("section")}
            <select
              value={fields.sectionId}
              onChange={(e) => update({ sectionId: e.target.value })}
            >
              {sections.map((section) => (
                <option key={section.id} value={section.id}>
                  {section.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <HeroField fields={fields} onChange={update} />
        <ArticleEditor
          key={editorKey}
          initialDocument={fields.body}
          onChange={(body) => update({ body })}
          spelling
        />
      </div>

      <aside className="workspace-aside">
        <ChecklistPanel checks={checks} fields={fields} />
        {deskActions ? (
          deskActions(flush)
        ) : (
          <>
            {!emailVerified && <p className="form-message">{t("verifyFirst")}</p>}
            <button
              type="button"
              onClick={submit}
              disabled={submitting || blocking.length > 0 || state.kind === "conflict"}
            >
              {article.status === "CHANGES_REQUESTED" ? t("resubmit") : t("submit")}
            </button>
            {blocking.length > 0 && (
              <p className="muted small">{t("blocking", { count: blocking.length })}</p>
            )}
            {submitMessage && (
              <p role="alert" className="form-message">
                {submitMessage}
              </p>
            )}
            {checkOriginality &&
              (article.status === "DRAFT" || article.status === "CHANGES_REQUESTED") && (
                <OriginalityCheck
                  articleId={article.id}
                  flush={flush}
                  checkOriginality={checkOriginality}
                />
              )}
          </>
        )}
        <TopicPicker
          topics={topics}
          selected={fields.topicIds}
          proposed={fields.proposedTopics}
          onChange={(topicIds, proposedTopics) => update({ topicIds, proposedTopics })}
        />
      </aside>
    </div>
  );
}
