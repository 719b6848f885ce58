import Link from "next/link";
import { SiteChrome } from "@/components/site/site-chrome";

// HTTP 403 outside the desk (the desk has its own, inside its layout).
export default function Forbidden() {
  return (
    <SiteChrome className="notice-page">
      <h1>Tidak diizinkan</h1>
      <p>Akun Anda tidak memiliki akses ke halaman ini.</p>
      <p><Link href="/">Kembali ke beranda</Link></p>
    </SiteChrome>
  );
}
