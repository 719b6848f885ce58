import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import { PopularList } from "@/components/site/popular-list";
import type { PopularLink } from "@/lib/views/list-popular-articles";

// The blocks the home page's and the article page's side columns share; each page passes the ids
// of its headings.

/** "Terpopuler" under its heading. */
export function PopularBlock({
  id,
  title,
  items,
}: {
  id: string;
  title: string;
  items: PopularLink[];
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="block-title">
        {title}
      </h2>
      <PopularList items={items} />
    </section>
  );
}

/** "Topik Populer" as chips under its heading; nothing when there are no topics. */
export function TopicsBlock({
  id,
  title,
  topics,
}: {
  id: string;
  title: string;
  topics: { slug: string; name: string }[];
}) {
  if (!topics.length) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="block-title">
        {title}
      </h2>
      <TopicChips topics={topics} />
    </section>
  );
}

/** Topics as chips linking to their pages: the asides' "Topik Populer" and an article's topics. */
export function TopicChips({ topics }: { topics: { slug: string; name: string }[] }) {
  return (
    <ul className="topic-chips">
      {topics.map((topic) => (
        <li key={topic.slug}>
          <Link prefetch={false} href={`/topik/${topic.slug}`}>
            {topic.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
