import { isEditor, rule } from "@/lib/auth/rule";

type MediaRef = { ownerId: string };

export const mediaPolicy = {
  "media:upload": rule(() => true),
  /** Attach an uploaded image: one's own, or any for editors, who finish other people's articles. */
  "media:use": rule<MediaRef>((actor, media) => media.ownerId === actor.id || isEditor(actor)),
};
