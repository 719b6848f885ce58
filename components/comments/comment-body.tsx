import { linkifyText } from "@/lib/comments/comment-text";

/** Comment text as typed: React escapes it, line breaks stay (CSS pre-line), URLs become links. */
export function CommentBody({ text }: { text: string }) {
  return (
    <p className="comment-text">
      {linkifyText(text).map((part, index) =>
        part.kind === "link" ? (
          <a key={index} href={part.href} rel="nofollow ugc noopener" target="_blank">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
