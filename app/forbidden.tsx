import Link from "next/link";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";

// HTTP 403 outside the desk (the desk has its own, inside its layout).
export default function Forbidden() {
  return (
    <>
      <SiteHeader />
      <main id="konten" className="site-main notice-page">
        <h1>Tidak diizinkan</h1>
        <p>Akun Anda tidak memiliki akses ke halaman ini.</p>
        <p><Link href="/">Kembali ke beranda</Link></p>
      </main>
      <SiteFooter />
    </>
  );
}
