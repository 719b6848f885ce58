import type { KeyboardEvent } from "react";

/** Keydown handler for the editor's panels: Escape closes the panel without applying it. */
export function closeOnEscape(onClose: (done: boolean) => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    onClose(false);
  };
}
