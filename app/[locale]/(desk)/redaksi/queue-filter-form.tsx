import Link from "next/link";
import { AGE_FILTERS } from "@/lib/articles/review/queue-filters";

type Props = {
  sections: { id: string; label: string }[];
  values: { rubrik: string; tingkat: string; umur: string };
};

/** A plain GET form: filters live in the URL, so a filtered queue can be bookmarked and shared. */
export function QueueFilterForm({ sections, values }: Props) {
  return (
    <form method="get" action="/redaksi" className="queue-filters" aria-label="Saring antrean">
      <label>
        Rubrik
        <select name="rubrik" defaultValue={values.rubrik}>
          <option value="">Semua rubrik</option>
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tingkat penulis
        <select name="tingkat" defaultValue={values.tingkat}>
          <option value="">Semua penulis</option>
          <option value="anggota">Anggota baru</option>
          <option value="penulis">Penulis</option>
          <option value="terverifikasi">Verified Writer</option>
        </select>
      </label>
      <label>
        Lama menunggu
        <select name="umur" defaultValue={values.umur}>
          <option value="">Semua</option>
          {Object.entries(AGE_FILTERS).map(([key, age]) => (
            <option key={key} value={key}>
              {age.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Terapkan</button>
      {(values.rubrik || values.tingkat || values.umur) && (
        <Link href="/redaksi">Hapus saringan</Link>
      )}
    </form>
  );
}
