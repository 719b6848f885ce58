import type { Metadata } from "next";
import Link from "next/link";
import { listPublishedForDesk } from "@/lib/articles/publication/list-published-for-desk";
import { formatWib } from "@/lib/format/dates";
import { pageGate } from "@/lib/auth/page-gate";
import { PageLinks, pageParam } from "@/components/ui/page-links";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Terbit" };

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string; laman?: string }>;
};

export default async function PublishedPage({ params, searchParams }: Props) {
  await enterLocale(params);
  const { q = "", laman } = await searchParams;
  const page = pageParam(laman);
  const gate = await pageGate("/redaksi/terbit", (user) =>
    listPublishedForDesk(user, { query: q, page }),
  );
  const list = gate.data;
  return (
    <div>
      <h1 className="listing-title">Terbit</h1>
      <p className="muted">
        Artikel yang sudah terbit: jadikan headline, tambahkan ralat, atau tarik dari halaman
        pembaca lewat halaman review.
      </p>
      <form method="get" className="search-form" role="search" aria-label="Cari artikel terbit">
        <label htmlFor="published-q" className="visually-hidden">
          Judul
        </label>
        <input
          id="published-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={100}
          placeholder="Cari judul…"
        />
        <button type="submit">Cari</button>
      </form>
      <p className="small muted">{list.total.toLocaleString("id-ID")} artikel</p>
      <ul className="studio-list" aria-label="Artikel terbit">
        {list.items.map((item) => (
          <li key={item.id}>
            <Link href={`/redaksi/artikel/${item.id}`}>
              <strong>{item.title}</strong>
            </Link>
            {item.featured && <span className="status"> Headline</span>}
            {item.corrected && <span className="status"> Ada ralat</span>}
            <p className="small muted">
              <time dateTime={item.publishedAt}>{formatWib(new Date(item.publishedAt))}</time> ·{" "}
              {item.writerName}
              {item.editorName && <> · editor {item.editorName}</>} ·{" "}
              {item.viewCount.toLocaleString("id-ID")} pembaca ·{" "}
              <Link href={item.path}>lihat di situs</Link>
            </p>
          </li>
        ))}
      </ul>
      <PageLinks
        basePath="/redaksi/terbit"
        page={page}
        pageCount={list.pageCount}
        params={{ q: q || undefined }}
      />
    </div>
  );
}
