import { useTranslations } from "next-intl";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";

/** An unpublished article keeps its URL answering with an explanation instead of a broken page. */
export function WithdrawnNotice({ title, reason }: { title: string; reason: string | null }) {
  const t = useTranslations("site.withdrawn");
  const backHome = useTranslations("common.notFound")("backHome");
  return (
    <div className="notice-page">
      <h1>{t("title")}</h1>
      <p>
        {t.rich("body", { title, strong: (chunks) => <strong>{chunks}</strong> })}
        {reason && <> {t("reason", { reason })}</>}
      </p>
      <p>
        <Link prefetch={false} href="/">
          {backHome}
        </Link>
      </p>
    </div>
  );
}
