import type { Messages } from "./catalog";
import type { Locale } from "./locales";

// Typed keys: t("common.x") that is not in the Indonesian catalog fails type-checking.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
