import { z } from "zod";
import { displayNameSchema, usernameSchema } from "@/lib/users/account-fields";

/**
 * The fixed social-link fields of the profile form. The keys are stored as the labels the public
 * writer page shows next to each link (it prints the JSON keys as they are).
 */
export const SOCIAL_FIELDS = [
  { field: "website", label: "Situs web", placeholder: "https://contoh.id" },
  { field: "x", label: "X (Twitter)", placeholder: "https://x.com/namaanda" },
  { field: "instagram", label: "Instagram", placeholder: "https://instagram.com/namaanda" },
  { field: "facebook", label: "Facebook", placeholder: "https://facebook.com/namaanda" },
] as const;
export type SocialField = (typeof SOCIAL_FIELDS)[number]["field"];

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const socialUrl = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .max(300, "Tautan maksimal 300 karakter.")
    // Only web links: a javascript: or data: URL on a public profile would be a trap for readers.
    .pipe(
      z.url({
        protocol: /^https?$/,
        hostname: z.regexes.domain,
        error: "Masukkan tautan lengkap yang diawali http:// atau https://.",
      }),
    )
    .optional(),
);

export const BIO_MAX = 160;

export const updateProfileSchema = z.object({
  /** Whose profile: always the actor's own; a different id is refused by the verb. */
  userId: z.string().min(1).max(64),
  displayName: displayNameSchema,
  username: usernameSchema,
  bio: z.string().trim().max(BIO_MAX, `Bio maksimal ${BIO_MAX} karakter.`).default(""),
  /** A freshly uploaded image (Media id) to use as the avatar; absent keeps the current one. */
  avatarMediaId: z.preprocess(blankToUndefined, z.string().max(64).optional()),
  removeAvatar: z
    .preprocess((value) => value === true || value === "on" || value === "1", z.boolean())
    .default(false),
  website: socialUrl,
  x: socialUrl,
  instagram: socialUrl,
  facebook: socialUrl,
});
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;
