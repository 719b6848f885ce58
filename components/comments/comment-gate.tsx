import Link from "next/link";
import type { CommentViewer } from "@/lib/comments/get-comment-viewer";
import { formatWib } from "@/lib/format/dates";

/** Why this reader cannot write a comment here, or null when they can. */
export function commentGate(open: boolean, viewer: CommentViewer | null, path: string) {
  if (!open)
    return <p className="comment-notice">Komentar untuk artikel ini ditutup oleh redaksi.</p>;
  if (!viewer) return <p className="comment-notice muted">Memuat…</p>;
  if (!viewer.user)
    return (
      <p className="comment-notice">
        <Link href={`/masuk?next=${encodeURIComponent(`${path}#komentar`)}`}>Masuk</Link> atau{" "}
        <Link href="/daftar">daftar</Link> untuk ikut berkomentar.
      </p>
    );
  if (viewer.ban)
    return (
      <p className="comment-notice warn" role="status">
        Anda diblokir dari berkomentar{" "}
        {viewer.ban.until ? `sampai ${formatWib(new Date(viewer.ban.until))}` : "secara permanen"}.
        Alasan: {viewer.ban.reason}
      </p>
    );
  if (!viewer.user.emailVerified)
    return (
      <p className="comment-notice warn">
        Verifikasi email Anda terlebih dahulu untuk berkomentar. Buka tautan yang kami kirim ke
        email Anda, atau kirim ulang dari <Link href="/tulis">Studio</Link>.
      </p>
    );
  return null;
}
