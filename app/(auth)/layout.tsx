import { SiteChrome } from "@/components/site/site-chrome";
import "@/components/account/account.css";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
