import Link from "next/link";

type Props = {
  label: string;
  /** Back to the first page; shown when this page continues from a cursor. */
  first?: { href: string; text: string };
  /** The page after this one; shown when there is one. */
  next?: { href: string; text: string };
};

/** "First" and "next" for lists paged by cursor (no page numbers: a cursor has none). */
export function CursorLinks({ label, first, next }: Props) {
  if (!first && !next) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {first && <Link href={first.href}>{first.text}</Link>}
      {next && (
        <Link href={next.href} rel="next">
          {next.text}
        </Link>
      )}
    </nav>
  );
}
