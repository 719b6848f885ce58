import Link from "next/link";

export const metadata = { title: "Halaman tidak ditemukan", robots: { index: false } };

// Only for URLs outside every language (e.g. an unknown /api path): pages under app/[locale] have
// the localized app/[locale]/not-found.tsx inside the site's header and footer.
export default function RootNotFound() {
  return (
    <html lang="id">
      <body>
        <main className="notice-page">
          <h1>Halaman tidak ditemukan · Page not found</h1>
          <p>
            <Link href="/">Warta</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
