import { useLocale, useTranslations } from "next-intl";
import { languageTag, type Locale } from "@/lib/i18n/locales";
import type { SaveState } from "./use-autosave";

const timeIn = (locale: Locale) =>
  new Intl.DateTimeFormat(languageTag[locale], {
    timeZone: "Asia/Jakarta",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
const TIME = { id: timeIn("id"), en: timeIn("en") } satisfies Record<Locale, Intl.DateTimeFormat>;

export function SaveStatus({ state }: { state: SaveState }) {
  const t = useTranslations("studio.save");
  const time = TIME[useLocale()];
  const text = (() => {
    switch (state.kind) {
      case "idle":
        return t("idle");
      case "dirty":
        return t("dirty");
      case "saving":
        return t("saving");
      case "saved":
        // id-ID writes 14.05; the studio shows 14:05 in both languages.
        return t("saved", { time: time.format(new Date(state.at)).replace(".", ":") });
      case "retrying":
        return t(state.cause === "server" ? "retryServer" : "retryNetwork", {
          seconds: state.seconds,
        });
      case "invalid":
        return t("invalid", { message: state.message ?? t("rejected") });
      case "conflict":
        return t("conflict");
    }
  })();
  return (
    <p className={`save-status save-${state.kind}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
