// The demo accounts. Every one is flagged isDemo (the profile page says so) and shares one
// password; the bylines of the corpus articles are spread over the writers by section ("beat").

export const DEMO_PASSWORD = "warta-demo-2026";

export type DemoRole = "WRITER" | "EDITOR" | "ADMIN";
export type DemoTier = "MEMBER" | "WRITER" | "VERIFIED";

export type DemoUser = {
  email: string;
  username: string;
  displayName: string;
  role: DemoRole;
  tier: DemoTier;
  bio: string;
  /** Top-level section slugs whose corpus articles this writer is credited with. */
  beats: string[];
  /** When the account was made, as an ISO date (the corpus starts in 2015). */
  joined: string;
};

const writer = (
  n: number,
  username: string,
  displayName: string,
  tier: DemoTier,
  beats: string[],
  about: string,
  joined: string,
): DemoUser => ({
  email: `demo.penulis${n}@warta.test`,
  username: `demo-${username}`,
  displayName,
  role: "WRITER",
  tier,
  bio: `Akun demo Warta. ${about}`,
  beats,
  joined,
});

export const ADMIN_EMAIL = "admin@warta.test";
export const EDITOR_EMAIL = "editor@warta.test";
export const VERIFIED_WRITER_EMAIL = "penulis@warta.test";
export const NEW_WRITER_EMAIL = "penulis2@warta.test";

export const DEMO_USERS: DemoUser[] = [
  {
    email: ADMIN_EMAIL,
    username: "admin-warta",
    displayName: "Admin Warta",
    role: "ADMIN",
    tier: "MEMBER",
    bio: "Akun demo Warta. Mengelola pengguna dan pengaturan situs.",
    beats: [],
    joined: "2015-01-05",
  },
  {
    email: EDITOR_EMAIL,
    username: "editor-warta",
    displayName: "Rina Editor (Demo)",
    role: "EDITOR",
    tier: "MEMBER",
    bio: "Akun demo Warta. Editor yang memeriksa dan menyetujui artikel demo sebelum terbit.",
    beats: [],
    joined: "2015-01-05",
  },
  {
    email: VERIFIED_WRITER_EMAIL,
    username: "penulis-demo",
    displayName: "Dewi Anggraini",
    role: "WRITER",
    tier: "VERIFIED",
    bio: "Akun demo Warta. Penulis terverifikasi yang senang menulis tentang kampung kota, lingkungan, dan warga yang bergerak.",
    beats: ["news", "life", "inspirasi"],
    joined: "2015-02-02",
  },
  {
    email: NEW_WRITER_EMAIL,
    username: "penulis-baru",
    displayName: "Bima Saputra",
    role: "WRITER",
    tier: "MEMBER",
    bio: "Akun demo Warta. Penulis baru yang sedang menyiapkan tulisan pertamanya.",
    beats: [],
    joined: "",
  },
  writer(
    3,
    "arif-nugroho",
    "Arif Nugroho",
    "VERIFIED",
    ["sport"],
    "Menulis sepak bola dan olahraga tanah air.",
    "2015-02-10",
  ),
  writer(
    4,
    "sinta-maharani",
    "Sinta Maharani",
    "WRITER",
    ["showbiz"],
    "Mengikuti film, musik, dan panggung hiburan.",
    "2015-02-14",
  ),
  writer(
    5,
    "yoga-pratama",
    "Yoga Pratama",
    "VERIFIED",
    ["tekno"],
    "Mencoba gawai baru dan menulis tentang startup.",
    "2015-03-01",
  ),
  writer(
    6,
    "putri-larasati",
    "Putri Larasati",
    "WRITER",
    ["life"],
    "Menulis kesehatan, kuliner, dan perjalanan.",
    "2015-03-09",
  ),
  writer(
    7,
    "rizky-ramadhan",
    "Rizky Ramadhan",
    "WRITER",
    ["sport"],
    "Penggemar bulu tangkis dan balap motor.",
    "2015-03-20",
  ),
  writer(
    8,
    "nurul-hidayah",
    "Nurul Hidayah",
    "VERIFIED",
    ["news"],
    "Meliput kebijakan publik dan politik daerah.",
    "2015-04-02",
  ),
  writer(
    9,
    "andi-wibowo",
    "Andi Wibowo",
    "WRITER",
    ["news"],
    "Menulis kabar kota dan peristiwa sehari-hari.",
    "2015-04-11",
  ),
  writer(
    10,
    "melati-kusuma",
    "Melati Kusuma",
    "WRITER",
    ["showbiz", "life"],
    "Menulis selebritas dan gaya hidup.",
    "2015-04-25",
  ),
  writer(
    11,
    "fajar-siregar",
    "Fajar Siregar",
    "VERIFIED",
    ["news", "tekno"],
    "Menulis ekonomi digital dan dunia usaha.",
    "2015-05-03",
  ),
  writer(
    12,
    "wayan-sudarma",
    "Wayan Sudarma",
    "WRITER",
    ["sport", "inspirasi"],
    "Menulis olahraga dan kisah inspiratif dari Bali.",
    "2015-05-17",
  ),
];

export const avatarPath = (username: string) => `/demo/avatars/${username}.svg`;

/** Writers credited with corpus articles of a top-level section, in a fixed order. */
export function writersForSection(section: string) {
  return DEMO_USERS.filter((user) => user.beats.includes(section));
}
