"use server";

import { action } from "@/lib/actions/action";
import { withArticleId } from "@/lib/articles/article-id";
import { addEditorialNote, editorialNoteSchema } from "@/lib/articles/notes/add-editorial-note";

/** Anyone can POST this; addEditorialNote refuses everyone but active editors. */
export const addEditorialNoteAction = action(
  withArticleId(editorialNoteSchema),
  (actor, input) => addEditorialNote(actor, input.articleId, input),
  {
    revalidate: { paths: [{ path: "/redaksi/artikel/[id]", type: "layout" }] },
    message: "Catatan disimpan.",
    values: () => ({}),
  },
);
