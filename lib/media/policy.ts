import { isEditor, rule } from "@/lib/auth/rule";
import { EMAIL_UNVERIFIED } from "@/lib/users/policy";

type MediaRef = { ownerId: string };
/** The uploader's own account record, read from the database (the session does not carry it). */
type Uploader = { id: string; emailVerifiedAt: Date | null };

export const mediaPolicy = {
  /** Choose an image from one's library (signed in; storing a new file is `media:upload`). */
  "media:browse": rule(() => true),
  /** Stored files are public and kept: only a confirmed address of one's own may add them. */
  "media:upload": rule<Uploader>((actor, account) =>
    account.id !== actor.id ? false : account.emailVerifiedAt ? true : EMAIL_UNVERIFIED,
  ),
  /** Attach an uploaded image: one's own, or any for editors, who finish other people's articles. */
  "media:use": rule<MediaRef>((actor, media) => media.ownerId === actor.id || isEditor(actor)),
};
