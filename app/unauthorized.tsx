import Link from "next/link";

// HTTP 401: a page that needs a signed-in user. The root layout gives the header and footer.
export default function Unauthorized() {
  return (
    <div className="notice-page">
      <h1>Silakan masuk</h1>
      <p>Halaman ini hanya untuk pengguna yang sudah masuk ke akun Warta.</p>
      <p>
        <Link href="/masuk">Masuk</Link> · <Link href="/">Kembali ke beranda</Link>
      </p>
    </div>
  );
}
