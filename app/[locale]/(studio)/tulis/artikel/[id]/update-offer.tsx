import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatWib } from "@/lib/format/dates";

type Offer =
  { allowed: false } | { allowed: true; submittedAt: string | null; returnReason: string | null };

/** "Perbarui artikel" on the writer's own live article, and where their update stands. */
export function UpdateOffer({ articleId, offer }: { articleId: string; offer: Offer }) {
  const t = useTranslations("studio.update");
  const locale = useLocale();
  if (!offer.allowed) return <p className="muted">{t("notAllowed")}</p>;
  return (
    <section className="update-offer" aria-label={t("offerLabel")}>
      {offer.submittedAt ? (
        <p>{t("waiting", { date: formatWib(new Date(offer.submittedAt), locale) })}</p>
      ) : (
        offer.returnReason && (
          <p>
            <strong>{t("returned")}</strong> {offer.returnReason}
          </p>
        )
      )}
      <p>
        <Link className="button" href={`/tulis/artikel/${articleId}/pembaruan`}>
          {offer.submittedAt ? t("view") : t("start")}
        </Link>
      </p>
    </section>
  );
}
