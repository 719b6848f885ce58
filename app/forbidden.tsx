import Link from "next/link";

// HTTP 403 outside the desk (the desk has its own). The root layout gives the header and footer.
export default function Forbidden() {
  return (
    <div className="notice-page">
      <h1>Tidak diizinkan</h1>
      <p>Akun Anda tidak memiliki akses ke halaman ini.</p>
      <p>
        <Link href="/">Kembali ke beranda</Link>
      </p>
    </div>
  );
}
