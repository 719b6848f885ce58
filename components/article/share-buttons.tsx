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
  return (
    <section className={styles.share} aria-label="Bagikan artikel">
      <span className={styles.label} aria-hidden="true">
        Bagikan
      </span>
      <ul className={styles.list}>
        {SHARE_NETWORKS.map(({ network, label }) => (
          <li key={network}>
            <a
              className={`${styles.button} ${styles[network]}`}
              href={shareHref(network, url, title)}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={`Bagikan ke ${label}`}
            >
              <NetworkIcon network={network} />
            </a>
          </li>
        ))}
        <ShareActions url={url} title={title} />
      </ul>
    </section>
  );
}
