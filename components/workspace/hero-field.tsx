"use client";

import Image from "next/image";
import { ImageUpload } from "@/components/media/image-upload";
import type { DraftFields } from "./draft-fields";

type Props = { fields: DraftFields; onChange: (patch: Partial<DraftFields>) => void };

/** The hero photo: upload, then caption and credit, which the house format requires. */
export function HeroField({ fields, onChange }: Props) {
  return (
    <fieldset className="hero-field">
      <legend>Foto utama</legend>
      {fields.heroImageUrl ? (
        <div className="hero-preview">
          <Image
            src={fields.heroImageUrl}
            alt={fields.heroImageAlt || "Pratinjau foto utama"}
            width={480}
            height={270}
          />
          <button
            type="button"
            className="button-secondary"
            onClick={() => onChange({ heroMediaId: null, heroImageUrl: null })}
          >
            Hapus foto
          </button>
        </div>
      ) : (
        <ImageUpload
          purpose="hero"
          label="Unggah foto utama"
          onUploaded={(image) => onChange({ heroMediaId: image.id, heroImageUrl: image.url })}
        />
      )}
      {fields.heroImageUrl && (
        <>
          <label>
            Keterangan foto (wajib)
            <input
              value={fields.heroImageCaption}
              maxLength={300}
              onChange={(e) => onChange({ heroImageCaption: e.target.value })}
            />
          </label>
          <label>
            Kredit foto (wajib)
            <input
              value={fields.heroImageCredit}
              maxLength={150}
              placeholder="Contoh: Dok. pribadi / Nama Fotografer"
              onChange={(e) => onChange({ heroImageCredit: e.target.value })}
            />
          </label>
          <label>
            Teks alternatif (untuk pembaca layar)
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
