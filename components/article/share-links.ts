// Where each share button sends the reader: the networks' own public share URLs, opened as plain
// links. Nothing of theirs is loaded on our page (no scripts, no pixels, no counters).

export type ShareNetwork = "whatsapp" | "facebook" | "x" | "telegram" | "linkedin";

export const SHARE_NETWORKS: { network: ShareNetwork; label: string }[] = [
  { network: "whatsapp", label: "WhatsApp" },
  { network: "facebook", label: "Facebook" },
  { network: "x", label: "X" },
  { network: "telegram", label: "Telegram" },
  { network: "linkedin", label: "LinkedIn" },
];

export function shareHref(network: ShareNetwork, url: string, title: string): string {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  switch (network) {
    case "whatsapp":
      return `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`;
    case "facebook":
      return `https://www.facebook.com/sharer/sharer.php?u=${u}`;
    case "x":
      return `https://x.com/intent/post?text=${t}&url=${u}`;
    case "telegram":
      return `https://t.me/share/url?url=${u}&text=${t}`;
    case "linkedin":
      return `https://www.linkedin.com/sharing/share-offsite/?url=${u}`;
  }
}
