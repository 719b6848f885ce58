import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChangeDiff } from "@/components/article/change-diff";
import { getEditorChanges } from "@/lib/articles/get-editor-changes";
import { countChangedWords, hasChanges, type DiffPart } from "@/lib/articles/text-diff";
import { pageGate } from "@/lib/auth/page-gate";
import { formatWib } from "@/lib/format/dates";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "studio.changes" });
  return { title: t("title"), robots: { index: false } };
}

type Translate = Awaited<ReturnType<typeof getTranslations<"studio.changes">>>;
type FieldName = "title" | "subtitle" | "body";

async function load(id: string) {
  const gate = await pageGate(`/tulis/artikel/${id}/perubahan`, (user) =>
    getEditorChanges(user, id),
  );
  return gate.data;
}

function Field({ field, parts, t }: { field: FieldName; parts: DiffPart[]; t: Translate }) {
  const label = t(`fields.${field}`);
  const changed = hasChanges(parts);
  const { inserted, deleted } = countChangedWords(parts);
  return (
    <section aria-labelledby={`perubahan-${label}`} className="change-field">
      <h2 id={`perubahan-${label}`}>{label}</h2>
      {changed ? (
        <>
          <p className="muted small">{t("words", { inserted, deleted })}</p>
          <ChangeDiff
            parts={parts}
            label={t(`diffOf.${field}`)}
            className={field === "body" ? "article-body" : undefined}
          />
        </>
      ) : (
        <p className="muted">{t("unchanged")}</p>
      )}
    </section>
  );
}

/** The writer's view of what the desk changed in their text, as a readable diff. */
export default async function EditorChangesPage({ params }: Props) {
  const locale = await enterLocale(params);
  const { id } = await params;
  const { article, changes } = await load(id);
  const [t, tArticle] = await Promise.all([
    getTranslations("studio.changes"),
    getTranslations("studio.article"),
  ]);
  return (
    <div className="workspace-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href="/tulis">{tArticle("studio")}</Link>
          </li>
          <li>
            <Link href={`/tulis/artikel/${id}`}>{article.title || t("untitled")}</Link>
          </li>
          <li aria-current="page">{t("title")}</li>
        </ol>
      </nav>
      <h1 className="listing-title">{t("title")}</h1>
      {!changes || !changes.changed ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <p>
            {t.rich(changes.to.editorName ? "comparedNamed" : "compared", {
              sentAt: formatWib(new Date(changes.from.at), locale),
              editedAt: formatWib(new Date(changes.to.at), locale),
              editor: changes.to.editorName ?? "",
              sent: (chunks) => <time dateTime={changes.from.at}>{chunks}</time>,
              edited: (chunks) => <time dateTime={changes.to.at}>{chunks}</time>,
              name: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          <p className="muted small">
            {t.rich("legend", {
              ins: (chunks) => <ins>{chunks}</ins>,
              del: (chunks) => <del>{chunks}</del>,
            })}
          </p>
          <Field field="title" parts={changes.title} t={t} />
          <Field field="subtitle" parts={changes.subtitle} t={t} />
          <Field field="body" parts={changes.body} t={t} />
        </>
      )}
    </div>
  );
}
