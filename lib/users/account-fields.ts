import { z } from "zod";

// Field rules shared by sign-up and the profile form. Messages are what the form shows.

/** Names that would let someone pass as the site or its staff, or read as a page of the site. */
export const RESERVED_USERNAMES = new Set([
  "admin",
  "administrator",
  "root",
  "system",
  "sistem",
  "moderator",
  "mod",
  "staff",
  "staf",
  "redaksi",
  "redaktur",
  "editor",
  "desk",
  "meja",
  "pemimpin-redaksi",
  "tim-warta",
  "warta",
  "wartaid",
  "official",
  "resmi",
  "tulis",
  "studio",
  "api",
  "auth",
  "masuk",
  "keluar",
  "daftar",
  "login",
  "logout",
  "signup",
  "register",
  "lupa-sandi",
  "verifikasi-email",
  "kotak-surat",
  "profil",
  "profile",
  "akun",
  "account",
  "pengaturan",
  "settings",
  "penulis",
  "topik",
  "cari",
  "search",
  "rubrik",
  "berita",
  "news",
  "halaman",
  "media",
  "demo",
  "static",
  "assets",
  "bantuan",
  "help",
  "support",
  "dukungan",
  "kontak",
  "contact",
  "tentang",
  "about",
  "privasi",
  "privacy",
  "syarat",
  "terms",
  "null",
  "undefined",
  "anonim",
  "anonymous",
  "tamu",
  "guest",
  "noreply",
  "no-reply",
  "postmaster",
  "webmaster",
  "security",
  "keamanan",
]);

export const USERNAME_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const usernameSchema = z
  .string({ error: "Isi nama pengguna." })
  .trim()
  .toLowerCase()
  .min(3, "Nama pengguna minimal 3 karakter.")
  .max(30, "Nama pengguna maksimal 30 karakter.")
  .regex(
    USERNAME_PATTERN,
    "Gunakan huruf kecil a–z, angka, dan tanda hubung (tidak di awal atau akhir).",
  )
  .refine((username) => !RESERVED_USERNAMES.has(username), "Nama pengguna ini tidak tersedia.");

export const displayNameSchema = z
  .string({ error: "Isi nama tampilan." })
  .trim()
  .min(2, "Nama tampilan minimal 2 karakter.")
  .max(60, "Nama tampilan maksimal 60 karakter.");

export const emailSchema = z
  .string({ error: "Isi email Anda." })
  .trim()
  .toLowerCase()
  .min(1, "Isi email Anda.")
  .max(254, "Email terlalu panjang.")
  .pipe(z.email("Format email tidak valid."));
