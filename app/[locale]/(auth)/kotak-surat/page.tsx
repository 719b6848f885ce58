import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cookies } from "next/headers";
import { getActor } from "@/lib/auth/session";
import { isDemo } from "@/lib/env";
import { listDemoOutbox } from "@/lib/email/list-demo-outbox";
import { OUTBOX_COOKIE, outboxIdsFrom } from "@/lib/email/outbox-viewer";
import { formatWib } from "@/lib/format/dates";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Kotak surat demo", robots: { index: false } };
// Always the current outbox; and outside the demo the page does not exist at all.
export const dynamic = "force-dynamic";

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Plain text with its web addresses as links (plain <a>, never prefetched: they are one-time links). */
function Linked({ text }: { text: string }) {
  return (
    <>
      {text.split(URL_PATTERN).map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

export default async function DemoOutboxPage({ params }: { params: Promise<{ locale: string }> }) {
  await enterLocale(params);
  if (!isDemo) notFound();
  const granted = outboxIdsFrom((await cookies()).get(OUTBOX_COOKIE)?.value);
  const messages = await listDemoOutbox(await getActor(), granted);
  return (
    <div className="outbox-page">
      <h1 className="listing-title">Kotak surat demo</h1>
      <p className="muted">
        Demo ini tidak mengirim email sungguhan. Email yang dikirim Warta karena tindakan Anda di
        peramban ini (verifikasi, atur ulang kata sandi) tampil di sini selama 30 menit, terbaru di
        atas. Email orang lain tidak pernah tampil.
      </p>
      {messages.length === 0 ? (
        <p>Belum ada email.</p>
      ) : (
        <ol className="outbox" aria-label="Email terkirim">
          {messages.map((message) => (
            <li key={message.id}>
              <h2>{message.subject}</h2>
              <p className="muted small">
                Kepada <strong>{message.to}</strong> ·{" "}
                <time dateTime={message.createdAt}>{formatWib(new Date(message.createdAt))}</time>
                {message.sentAt ? " · terkirim lewat SMTP" : ""}
              </p>
              <pre>
                <Linked text={message.text} />
              </pre>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
