import Link from "next/link";
import type { PopularLink } from "@/lib/views/list-popular-articles";

/** "Terpopuler": a numbered list of the most-read articles, or a sentence when there are none. */
export function PopularList({ items }: { items: PopularLink[] }) {
  if (!items.length)
    return <p className="muted">Belum ada artikel yang banyak dibaca pekan ini.</p>;
  return (
    <ol className="popular-list">
      {items.map((item) => (
        <li key={item.href}>
          <Link prefetch={false} href={item.href}>
            {item.title}
          </Link>{" "}
          <span className="popular-views">{item.views.toLocaleString("id-ID")} pembaca</span>
        </li>
      ))}
    </ol>
  );
}
