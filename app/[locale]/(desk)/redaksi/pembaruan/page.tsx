import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/desk/action-form";
import { can } from "@/lib/auth/can";
import { pageGate } from "@/lib/auth/page-gate";
import { listSubmittedUpdates } from "@/lib/articles/updates/list-submitted-updates";
import { writerUpdatesAllowed } from "@/lib/articles/updates/writer-updates-setting";
import { formatWib } from "@/lib/format/dates";
import { setWriterUpdatesAllowedAction } from "./actions";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Pembaruan dari penulis" };

// Verified Writers' updates of their own live articles, waiting for the desk; admins also switch
// the whole feature on or off here.
export default async function SubmittedUpdatesPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  await enterLocale(params);
  const { user, data: updates } = await pageGate("/redaksi/pembaruan", (actor) =>
    listSubmittedUpdates(actor),
  );
  const configurable = can(user, "article:configure-updates", undefined);
  const allowed = configurable ? await writerUpdatesAllowed() : null;
  return (
    <div className="review-queue">
      <div className="desk-heading">
        <h1 className="listing-title">Pembaruan dari penulis</h1>
        <p className="muted">
          {updates.length
            ? `${updates.length} pembaruan artikel terbit menunggu keputusan, terlama di atas.`
            : null}
        </p>
      </div>
      {updates.length === 0 ? (
        <p>Tidak ada pembaruan dari penulis yang menunggu.</p>
      ) : (
        <ol className="queue-list" aria-label="Pembaruan menunggu review">
          {updates.map((update) => (
            <li key={update.articleId} className="queue-item">
              <div>
                <h2>
                  <Link href={`/redaksi/artikel/${update.articleId}/sunting`}>{update.title}</Link>
                </h2>
                <p className="small">
                  <span className="tier-badge">Pembaruan</span> {update.writerName} ·{" "}
                  {update.kind === "MINOR" ? "perubahan kecil" : `catatan: “${update.note}”`} ·{" "}
                  <time dateTime={update.submittedAt}>
                    {formatWib(new Date(update.submittedAt))}
                  </time>
                </p>
              </div>
              <Link className="button" href={`/redaksi/artikel/${update.articleId}/sunting`}>
                Tinjau pembaruan
              </Link>
            </li>
          ))}
        </ol>
      )}
      {configurable && (
        <ActionForm
          action={setWriterUpdatesAllowedAction}
          label="Pengaturan pembaruan dari penulis"
          className="settings-form"
        >
          <label>
            <input type="checkbox" name="allowed" value="on" defaultChecked={allowed ?? true} />{" "}
            Verified Writer boleh memperbarui artikelnya yang sudah terbit (melalui review redaksi)
          </label>{" "}
          <button type="submit">Simpan pengaturan</button>
        </ActionForm>
      )}
    </div>
  );
}
