import Link from "next/link";

/** What a signed-in non-editor sees on a desk page (HTTP 403). */
export default function DeskForbidden() {
  return (
    <div className="notice-page">
      <h1>Tidak diizinkan</h1>
      <p>
        Halaman redaksi hanya untuk editor dan admin Warta. Akun Anda tidak memiliki akses ke
        halaman ini.
      </p>
      <p>
        <Link href="/tulis">Ke Studio Penulis</Link> · <Link href="/">Kembali ke beranda</Link>
      </p>
    </div>
  );
}
