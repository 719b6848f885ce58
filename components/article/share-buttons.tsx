import { useTranslations } from "next-intl";
import { ShareActions } from "@/components/article/share-actions";
import { NetworkIcon } from "@/components/article/share-icons";
import { SHARE_NETWORKS, shareHref } from "@/components/article/share-links";
import styles from "@/components/article/share-buttons.module.css";

type Props = { url: string; title: string };

/**
 * "Bagikan" bar of an article: plain links to each network's share page (they work without
 * JavaScript), plus copy-link and the phone's share sheet from a small client island.
 */
export function ShareButtons({ url, title }: Props) {
  const t = useTranslations("article.share");
  // The client island gets its few words as props: the article catalog stays on the server.
  const labels = {
    native: t("native"),
    copy: t("copy"),
    copied: t("copied"),
    copyThis: t("copyThis", { url: "{url}" }),
  };
  return (
    <section className={styles.share} aria-label={t("region")}>
      <span className={styles.label} aria-hidden="true">
        {t("label")}
      </span>
      <ul className={styles.list}>
        {SHARE_NETWORKS.map(({ network, label }) => (
          <li key={network}>
            <a
              className={`${styles.button} ${styles[network]}`}
              href={shareHref(network, url, title)}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={t("to", { network: label })}
            >
              <NetworkIcon network={network} />
            </a>
          </li>
        ))}
        <ShareActions url={url} title={title} labels={labels} />
      </ul>
    </section>
  );
}
