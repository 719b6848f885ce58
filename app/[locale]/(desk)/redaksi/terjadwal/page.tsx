import type { Metadata } from "next";
import Link from "next/link";
import { listScheduledArticles } from "@/lib/articles/publication/list-scheduled-articles";
import { formatWib } from "@/lib/format/dates";
import { pageGate } from "@/lib/auth/page-gate";
import { CancelScheduleButton } from "./cancel-schedule-button";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Terjadwal" };

export default async function ScheduledPage({ params }: { params: Promise<{ locale: string }> }) {
  await enterLocale(params);
  const gate = await pageGate("/redaksi/terjadwal", (user) => listScheduledArticles(user));
  const scheduled = gate.data;
  return (
    <div>
      <h1 className="listing-title">Terjadwal</h1>
      <p className="muted">
        Artikel ini terbit otomatis pada waktunya (WIB), tanpa perlu membuka halaman apa pun.
      </p>
      {scheduled.length === 0 ? (
        <p>Tidak ada artikel terjadwal.</p>
      ) : (
        <ul className="schedule-list" aria-label="Artikel terjadwal">
          {scheduled.map((item) => (
            <li key={item.id}>
              <div>
                <Link href={`/redaksi/artikel/${item.id}`}>
                  <strong>{item.title}</strong>
                </Link>
                <p className="small muted">
                  Terbit{" "}
                  <time dateTime={item.scheduledFor}>{formatWib(new Date(item.scheduledFor))}</time>{" "}
                  · {item.sectionName} · {item.writerName}
                  {item.editorName && <> · dijadwalkan oleh {item.editorName}</>}
                </p>
                {item.heldReason && (
                  <p className="form-message">
                    {item.heldReason} Artikel tidak akan terbit sampai editor lain membatalkan lalu
                    menjadwalkannya ulang.
                  </p>
                )}
              </div>
              <CancelScheduleButton articleId={item.id} title={item.title} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
