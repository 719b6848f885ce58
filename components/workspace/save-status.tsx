import type { SaveState } from "./use-autosave";

const time = new Intl.DateTimeFormat("id-ID", {
  timeZone: "Asia/Jakarta",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

export function SaveStatus({ state }: { state: SaveState }) {
  const text = (() => {
    switch (state.kind) {
      case "idle":
        return "Semua perubahan tersimpan";
      case "dirty":
        return "Perubahan belum tersimpan";
      case "saving":
        return "Menyimpan…";
      case "saved":
        return `Tersimpan ${time.format(new Date(state.at)).replace(".", ":")}`;
      case "retrying":
        return state.message;
      case "invalid":
        return `Tidak tersimpan: ${state.message} Salinan Anda tetap ada di peramban ini.`;
      case "conflict":
        return "Konflik: ada versi yang lebih baru";
    }
  })();
  return (
    <p className={`save-status save-${state.kind}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
