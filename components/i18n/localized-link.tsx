import Link from "next/link";
import { useLocale } from "next-intl";
import type { ComponentProps } from "react";
import { localizedPath } from "@/lib/i18n/paths";

type Props = Omit<ComponentProps<typeof Link>, "href"> & { href: string };

/**
 * A link to a reader page in the page's own language ("/politik" is "/en/politik" on English
 * pages). Usable from server and client components alike. App links (/tulis, /redaksi…) are left
 * as they are: their language is the reader's cookie.
 */
export function LocalizedLink({ href, ...rest }: Props) {
  const locale = useLocale();
  return <Link href={localizedPath(locale, href)} {...rest} />;
}
