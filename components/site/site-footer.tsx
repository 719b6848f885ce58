import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p className="logo">
          Warta<span className="logo-dot">.</span>
        </p>
        <p>
          Warta adalah portal berita komunitas: siapa pun dapat menulis, dan setiap tulisan
          diperiksa redaksi sebelum terbit.
        </p>
        <p className="muted">
          Artikel demo diambil dari korpus IndoSum (Kurniawan &amp; Louvan, 2018) dengan lisensi{" "}
          <a href="https://creativecommons.org/licenses/by-sa/4.0/deed.id" rel="license noopener">
            CC BY-SA 4.0
          </a>
          ; sumber asli disebutkan di setiap artikel.
        </p>
        <p>
          <Link prefetch={false} href="/cari">
            Pencarian
          </Link>{" "}
          ·{" "}
          <Link prefetch={false} href="/ralat">
            Ralat
          </Link>
        </p>
      </div>
    </footer>
  );
}
