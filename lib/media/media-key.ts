// Storage keys of uploaded images and their public URLs. Pure (no server-only): the GET route, the
// upload verb and tests share one definition of what a key may look like.

/** `YYYY/MM/<16 hex>-<width>.webp`, only the widths Warta stores. */
export const MEDIA_KEY_PATTERN =
  /^\d{4}\/(?:0[1-9]|1[0-2])\/[0-9a-f]{16}-(?:1200|800|400|256|96)\.webp$/;

export const isMediaKey = (key: string) => MEDIA_KEY_PATTERN.test(key);

export const mediaUrl = (key: string) => `/media/${key}`;
