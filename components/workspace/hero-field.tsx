"use client";

import Image from "next/image";
import { useTranslations } from "next-intl";
import { ImageUpload } from "@/components/media/image-upload";
import type { DraftFields } from "./draft-fields";

type Props = { fields: DraftFields; onChange: (patch: Partial<DraftFields>) => void };

/** The hero photo: upload, then caption and credit, which the house format requires. */
export function HeroField({ fields, onChange }: Props) {
  const t = useTranslations("studio.hero");
  return (
    <fieldset className="hero-field">
      <legend>{t("legend")}</legend>
      {fields.heroImageUrl ? (
        <div className="hero-preview">
          <Image
            src={fields.heroImageUrl}
            alt={fields.heroImageAlt || t("previewAlt")}
            width={480}
            height={270}
          />
          <button
            type="button"
            className="button-secondary"
            onClick={() => onChange({ heroMediaId: null, heroImageUrl: null })}
          >
            {t("remove")}
          </button>
        </div>
      ) : (
        <ImageUpload
          purpose="hero"
          label={t("upload")}
          onUploaded={(image) => onChange({ heroMediaId: image.id, heroImageUrl: image.url })}
        />
      )}
      {fields.heroImageUrl && (
        <>
          <label>
            {t("caption")}
            <input
              value={fields.heroImageCaption}
              maxLength={300}
              onChange={(e) => onChange({ heroImageCaption: e.target.value })}
            />
          </label>
          <label>
            {t("credit")}
            <input
              value={fields.heroImageCredit}
              maxLength={150}
              placeholder={t("creditPlaceholder")}
              onChange={(e) => onChange({ heroImageCredit: e.target.value })}
            />
          </label>
          <label>
            {t("alt")}
            <input
              value={fields.heroImageAlt}
              maxLength={300}
              onChange={(e) => onChange({ heroImageAlt: e.target.value })}
            />
          </label>
        </>
      )}
    </fieldset>
  );
}
