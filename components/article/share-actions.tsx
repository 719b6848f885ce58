"use client";

import { useState, useSyncExternalStore } from "react";
import { LinkIcon, ShareIcon } from "@/components/article/share-icons";
import styles from "@/components/article/share-buttons.module.css";

/** Already translated by the server parent, so no message catalog has to reach the browser. */
export type ShareActionLabels = {
  native: string;
  copy: string;
  copied: string;
  /** "{url}" stands for the link, when the clipboard refused it. */
  copyThis: string;
};

type Props = { url: string; title: string; labels: ShareActionLabels };

const noSubscription = () => () => {};
// The device's own share sheet (mostly phones) where the browser offers one; absent on the server.
const canShareNatively = () => typeof navigator.share === "function";

/** The two buttons that need the browser: copy the link, and the system share sheet. */
export function ShareActions({ url, title, labels }: Props) {
  const native = useSyncExternalStore(noSubscription, canShareNatively, () => false);
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(labels.copied);
      // The note floats over the page below; it goes once it has been read out.
      setTimeout(() => setStatus(""), 4000);
    } catch {
      setStatus(labels.copyThis.replace("{url}", url));
    }
  }

  async function share() {
    try {
      await navigator.share({ title, url });
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  }

  return (
    <>
      {native && (
        <li>
          <button type="button" className={`${styles.button} ${styles.native}`} onClick={share}>
            <ShareIcon />
            <span className={styles.text}>{labels.native}</span>
          </button>
        </li>
      )}
      <li>
        <button
          type="button"
          className={`${styles.button} ${styles.copy}`}
          onClick={copy}
          aria-label={labels.copy}
          data-url={url}
        >
          <LinkIcon />
        </button>
        <span role="status" className={status ? styles.status : "visually-hidden"}>
          {status}
        </span>
      </li>
    </>
  );
}
