import type { Editor } from "@tiptap/core";
import { GapCursor } from "@tiptap/pm/gapcursor";
import { NodeSelection, TextSelection } from "@tiptap/pm/state";

/**
 * Inserts a block atom (image, Baca Juga) at the cursor and puts the cursor after it. Tiptap leaves
 * the new node selected, so the next insertion or keystroke would replace it.
 */
export function insertBlockAtom(
  editor: Editor,
  node: { type: string; attrs: Record<string, unknown> },
) {
  return editor
    .chain()
    .focus()
    .insertContent(node)
    .command(({ tr }) => {
      const { selection } = tr;
      if (!(selection instanceof NodeSelection) || selection.node.type.name !== node.type)
        return true;
      const $after = tr.doc.resolve(selection.to);
      tr.setSelection(
        $after.nodeAfter?.isTextblock
          ? TextSelection.create(tr.doc, selection.to + 1)
          : new GapCursor($after),
      );
      return true;
    })
    .run();
}
