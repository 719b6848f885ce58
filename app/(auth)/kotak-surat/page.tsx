import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isDemo } from "@/lib/env";
import { listDemoOutbox } from "@/lib/email/list-demo-outbox";
import { formatWib } from "@/lib/format/dates";

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

export default async function DemoOutboxPage() {
  if (!isDemo) notFound();
  const messages = await listDemoOutbox();
  return (
    <div className="outbox-page">
      <h1 className="listing-title">Kotak surat demo</h1>
      <p className="muted">
        Demo ini tidak mengirim email sungguhan. Semua email yang akan dikirim Warta (verifikasi,
        atur ulang kata sandi) tampil di sini, terbaru di atas.
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
