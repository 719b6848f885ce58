import { z } from "zod";
import { AppError } from "@/lib/errors";
import { slugify } from "@/lib/format/slug";

// Field rules shared by the section and topic forms. Messages are what the form shows.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Top-level path words of the app: a section at /{slug} would be shadowed by (or shadow) these
 * routes. "halaman" is the pagination segment (/news/halaman/2), so no sub-section may take it.
 */
export const RESERVED_SECTION_SLUGS = new Set([
  "api",
  "_next",
  "media",
  "demo",
  "cari",
  "penulis",
  "topik",
  "tulis",
  "redaksi",
  "notifikasi",
  "masuk",
  "keluar",
  "daftar",
  "lupa-sandi",
  "verifikasi-email",
  "kotak-surat",
  "profil",
  "halaman",
  "editor-playground",
  "robots",
  "sitemap",
]);

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

export const taxonomyNameSchema = z
  .string({ error: "Isi nama." })
  .trim()
  .min(2, "Nama minimal 2 karakter.")
  .max(60, "Nama maksimal 60 karakter.");

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, "Slug minimal 2 karakter.")
  .max(60, "Slug maksimal 60 karakter.")
  .regex(
    SLUG_PATTERN,
    "Gunakan huruf kecil a–z, angka, dan tanda hubung (tidak di awal atau akhir).",
  );

/** An empty slug field means "make one from the name". */
export const optionalSlugSchema = z.preprocess(blankToUndefined, slugSchema.optional());

export const descriptionSchema = z.string().trim().max(300, "Deskripsi maksimal 300 karakter.");

export const idSchema = z.string().min(1).max(64);

export const optionalIdSchema = z.preprocess(blankToUndefined, idSchema.optional());

/** The slug to store: the one typed, or one made from the name (checked against the same rule). */
export function slugOrFromName(slug: string | undefined, name: string): string {
  const result = slugSchema.safeParse(slug ?? slugify(name, 60));
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => issue.message);
  throw new AppError("INVALID", "Periksa kembali slug.", { fieldErrors: { slug: messages } });
}

/** Renaming a section or a topic: the same fields. An absent description keeps the current one. */
export const renameFieldsSchema = z.object({
  id: idSchema,
  name: taxonomyNameSchema,
  slug: slugSchema,
  description: descriptionSchema.optional(),
});
