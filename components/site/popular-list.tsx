import { useTranslations } from "next-intl";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import type { PopularLink } from "@/lib/views/list-popular-articles";

/** "Terpopuler": a numbered list of the most-read articles, or a sentence when there are none. */
export function PopularList({ items }: { items: PopularLink[] }) {
  const t = useTranslations("site.popular");
  if (!items.length) return <p className="muted">{t("empty")}</p>;
  return (
    <ol className="popular-list">
      {items.map((item) => (
        <li key={item.href}>
          <Link prefetch={false} href={item.href}>
            {item.title}
          </Link>{" "}
          <span className="popular-views">{t("views", { count: item.views })}</span>
        </li>
      ))}
    </ol>
  );
}
