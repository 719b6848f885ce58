import Link from "next/link";
import { useTranslations } from "next-intl";
import { AGE_FILTERS } from "@/lib/articles/review/queue-filters";

type Props = {
  sections: { id: string; label: string }[];
  values: { rubrik: string; tingkat: string; umur: string };
};

const AGE_KEYS = Object.keys(AGE_FILTERS) as (keyof typeof AGE_FILTERS)[];

/** A plain GET form: filters live in the URL, so a filtered queue can be bookmarked and shared. */
export function QueueFilterForm({ sections, values }: Props) {
  const t = useTranslations("desk");
  return (
    <form method="get" action="/redaksi" className="queue-filters" aria-label={t("filters.label")}>
      <label>
        {t("filters.section")}
        <select name="rubrik" defaultValue={values.rubrik}>
          <option value="">{t("filters.allSections")}</option>
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("filters.tier")}
        <select name="tingkat" defaultValue={values.tingkat}>
          <option value="">{t("filters.allTiers")}</option>
          <option value="anggota">{t("tier.MEMBER")}</option>
          <option value="penulis">{t("tier.WRITER")}</option>
          <option value="terverifikasi">{t("tier.VERIFIED")}</option>
        </select>
      </label>
      <label>
        {t("filters.age")}
        <select name="umur" defaultValue={values.umur}>
          <option value="">{t("filters.anyAge")}</option>
          {AGE_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(`filters.ages.${key}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t("filters.apply")}</button>
      {(values.rubrik || values.tingkat || values.umur) && (
        <Link href="/redaksi">{t("clearFilters")}</Link>
      )}
    </form>
  );
}
