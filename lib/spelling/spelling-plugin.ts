import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { WORD_PATTERN } from "@/lib/spelling/extract-words";

// Underlines the words the checker flagged. The plugin holds the flagged words (set through a
// transaction meta) and rebuilds the decorations when the text or that set changes.

export const spellingKey = new PluginKey<SpellingState>("wartaSpelling");

type SpellingState = { flagged: Map<string, string[]>; decorations: DecorationSet };

function decorate(doc: ProseMirrorNode, flagged: Map<string, string[]>, className: string) {
  if (!flagged.size) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText || !node.text) return;
    for (const match of node.text.matchAll(WORD_PATTERN)) {
      const suggestions = flagged.get(match[0]);
      if (!suggestions) continue;
      const from = pos + (match.index ?? 0);
      decorations.push(
        Decoration.inline(from, from + match[0].length, {
          class: className,
          title: suggestions.length ? `Saran: ${suggestions.join(", ")}` : "Kata tidak dikenal",
          "data-spelling": match[0],
        }),
      );
    }
  });
  return DecorationSet.create(doc, decorations);
}

export function spellingPlugin(className: string) {
  return new Plugin<SpellingState>({
    key: spellingKey,
    state: {
      init: () => ({ flagged: new Map(), decorations: DecorationSet.empty }),
      apply(tr, value, _old, state: EditorState) {
        const flagged = tr.getMeta(spellingKey) as Map<string, string[]> | undefined;
        if (flagged) return { flagged, decorations: decorate(state.doc, flagged, className) };
        if (tr.docChanged)
          return {
            flagged: value.flagged,
            decorations: decorate(state.doc, value.flagged, className),
          };
        return value;
      },
    },
    props: { decorations: (state) => spellingKey.getState(state)?.decorations },
  });
}
