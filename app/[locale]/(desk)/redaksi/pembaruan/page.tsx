import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/desk/action-form";
import { can } from "@/lib/auth/can";
import { pageGate } from "@/lib/auth/page-gate";
import { listSubmittedUpdates } from "@/lib/articles/updates/list-submitted-updates";
import { writerUpdatesAllowed } from "@/lib/articles/updates/writer-updates-setting";
import { formatWib } from "@/lib/format/dates";
import { setWriterUpdatesAllowedAction } from "./actions";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "desk.updates" });
  return { title: t("title") };
}

// Verified Writers' updates of their own live articles, waiting for the desk; admins also switch
// the whole feature on or off here.
export default async function SubmittedUpdatesPage({ params }: Params) {
  const locale = await enterLocale(params);
  const t = await getTranslations("desk.updates");
  const { user, data: updates } = await pageGate("/redaksi/pembaruan", (actor) =>
    listSubmittedUpdates(actor),
  );
  const configurable = can(user, "article:configure-updates", undefined);
  const allowed = configurable ? await writerUpdatesAllowed() : null;
  return (
    <div className="review-queue">
      <div className="desk-heading">
        <h1 className="listing-title">{t("title")}</h1>
        <p className="muted">{updates.length ? t("summary", { count: updates.length }) : null}</p>
      </div>
      {updates.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="queue-list" aria-label={t("listLabel")}>
          {updates.map((update) => (
            <li key={update.articleId} className="queue-item">
              <div>
                <h2>
                  <Link href={`/redaksi/artikel/${update.articleId}/sunting`}>{update.title}</Link>
                </h2>
                <p className="small">
                  <span className="tier-badge">{t("badge")}</span> {update.writerName} ·{" "}
                  {update.kind === "MINOR" ? t("minor") : t("note", { note: update.note })} ·{" "}
                  <time dateTime={update.submittedAt}>
                    {formatWib(new Date(update.submittedAt), locale)}
                  </time>
                </p>
              </div>
              <Link className="button" href={`/redaksi/artikel/${update.articleId}/sunting`}>
                {t("review")}
              </Link>
            </li>
          ))}
        </ol>
      )}
      {configurable && (
        <ActionForm
          action={setWriterUpdatesAllowedAction}
          label={t("settingsLabel")}
          className="settings-form"
        >
          <label>
            <input type="checkbox" name="allowed" value="on" defaultChecked={allowed ?? true} />{" "}
            {t("allow")}
          </label>{" "}
          <button type="submit">{t("save")}</button>
        </ActionForm>
      )}
    </div>
  );
}
