import Link from "next/link";
import type { ReaderProfile } from "@/lib/comments/get-reader-profile";
import { formatDateShort, formatWib } from "@/lib/format/dates";
import { CommentBody } from "./comment-body";
import "./comments.css";

/** The public page of a member who reads and comments but has not published an article. */
export function ReaderProfileView({ reader }: { reader: ReaderProfile }) {
  return (
    <div className="listing reader-profile">
      <header className="profile-header">
        <div>
          <h1 className="listing-title">{reader.displayName}</h1>
          <p className="profile-badges">
            <span className="tier-label">Pembaca</span>
          </p>
          {reader.bio && <p className="writer-bio">{reader.bio}</p>}
          <p className="muted small">Bergabung {formatDateShort(new Date(reader.joinedAt))}</p>
        </div>
      </header>
      <h2 className="block-title">Komentar terbaru</h2>
      {reader.comments.length === 0 ? (
        <p className="muted">{reader.displayName} belum menulis komentar.</p>
      ) : (
        <ol className="comment-list">
          {reader.comments.map((comment) => (
            <li key={comment.id} className="comment-thread">
              <p className="small">
                Di <Link href={`${comment.article.href}#komentar`}>{comment.article.title}</Link>
                {" · "}
                <time dateTime={comment.createdAt} className="muted">
                  {formatWib(new Date(comment.createdAt))}
                </time>
              </p>
              <CommentBody text={comment.body} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
