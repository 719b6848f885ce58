import Link from "next/link";
import { AccountMenu } from "@/components/account/account-menu";
import { listNavigationSections } from "@/lib/sections/list-navigation";

export async function SiteHeader() {
  const sections = await listNavigationSections();
  return (
    <header className="site-header">
      <a className="skip-link" href="#konten">
        Langsung ke konten
      </a>
      <div className="site-header-inner">
        <Link href="/" className="logo" aria-label="Warta, ke beranda">
          Warta<span className="logo-dot">.</span>
        </Link>
        <form
          action="/cari"
          method="get"
          role="search"
          aria-label="Cari di Warta"
          className="header-search"
        >
          <label htmlFor="header-q" className="visually-hidden">
            Cari berita
          </label>
          <input id="header-q" name="q" type="search" placeholder="Cari berita…" maxLength={200} />
          <button type="submit">Cari</button>
        </form>
        <AccountMenu />
      </div>
      <nav aria-label="Rubrik" className="section-nav">
        <ul>
          <li>
            <Link href="/">Beranda</Link>
          </li>
          {sections.map((section) => (
            <li key={section.id}>
              <Link href={section.href}>{section.name}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
