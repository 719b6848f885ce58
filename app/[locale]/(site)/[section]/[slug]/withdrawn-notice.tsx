import Link from "next/link";

/** An unpublished article keeps its URL answering with an explanation instead of a broken page. */
export function WithdrawnNotice({ title, reason }: { title: string; reason: string | null }) {
  return (
    <div className="notice-page">
      <h1>Artikel telah ditarik</h1>
      <p>
        Artikel <strong>“{title}”</strong> tidak lagi tersedia di Warta.
        {reason && <> Alasan dari redaksi: {reason}</>}
      </p>
      <p>
        <Link prefetch={false} href="/">
          Kembali ke beranda
        </Link>
      </p>
    </div>
  );
}
