import Link from "next/link";

/** What a reader sees for an unknown URL; the surrounding layout gives the header and the main landmark. */
export function NotFoundContent() {
  return (
    <div className="notice-page">
      <h1>Halaman tidak ditemukan</h1>
      <p>Maaf, halaman yang Anda cari tidak ada atau sudah dipindahkan.</p>
      <form
        action="/cari"
        method="get"
        role="search"
        aria-label="Cari berita lain"
        className="inline-search"
      >
        <label htmlFor="notfound-q">Cari berita</label>
        <input id="notfound-q" name="q" type="search" maxLength={200} />
        <button type="submit">Cari</button>
      </form>
      <p>
        <Link prefetch={false} href="/">
          Kembali ke beranda
        </Link>
      </p>
    </div>
  );
}
