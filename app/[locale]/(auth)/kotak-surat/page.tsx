import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { isDemo } from "@/lib/env";
import { listDemoOutbox } from "@/lib/email/list-demo-outbox";
import { OUTBOX_COOKIE, outboxIdsFrom } from "@/lib/email/outbox-viewer";
import { formatWib } from "@/lib/format/dates";
import { enterLocale } from "@/lib/i18n/enter-locale";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "auth.outbox" });
  return { title: t("title"), robots: { index: false } };
}
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
  const locale = await enterLocale(params);
  const t = await getTranslations("auth.outbox");
  if (!isDemo) notFound();
  const granted = outboxIdsFrom((await cookies()).get(OUTBOX_COOKIE)?.value);
  const messages = await listDemoOutbox(await getActor(), granted);
  return (
    <div className="outbox-page">
      <h1 className="listing-title">{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {messages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="outbox" aria-label={t("listLabel")}>
          {messages.map((message) => (
            <li key={message.id}>
              <h2>{message.subject}</h2>
              <p className="muted small">
                {t.rich("to", { to: message.to, strong: (chunks) => <strong>{chunks}</strong> })} ·{" "}
                <time dateTime={message.createdAt}>
                  {formatWib(new Date(message.createdAt), locale)}
                </time>
                {message.sentAt ? ` · ${t("viaSmtp")}` : ""}
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
