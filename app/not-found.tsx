import Link from "next/link";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";

export const metadata = { title: "Halaman tidak ditemukan", robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="konten" className="site-main notice-page">
        <h1>Halaman tidak ditemukan</h1>
        <p>Maaf, halaman yang Anda cari tidak ada atau sudah dipindahkan.</p>
        <form action="/cari" method="get" role="search" aria-label="Cari berita lain" className="inline-search">
          <label htmlFor="notfound-q">Cari berita</label>
          <input id="notfound-q" name="q" type="search" maxLength={200} />
          <button type="submit">Cari</button>
        </form>
        <p><Link href="/">Kembali ke beranda</Link></p>
      </main>
      <SiteFooter />
    </>
  );
}
