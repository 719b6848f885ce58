// The few thousand community writers of a scale seed: demo accounts (isDemo) with generated
// Indonesian names, sharing the demo password hash that the demo seed already stored.
import type pg from "pg";
import { stableId } from "./ids";
import { random } from "./scale-compose";

const FIRST = [
  "Adi",
  "Agus",
  "Ahmad",
  "Ani",
  "Ayu",
  "Bambang",
  "Bayu",
  "Budi",
  "Citra",
  "Dewi",
  "Dian",
  "Dimas",
  "Eka",
  "Fajar",
  "Fitri",
  "Gilang",
  "Hana",
  "Hendra",
  "Indah",
  "Intan",
  "Joko",
  "Kartika",
  "Lestari",
  "Made",
  "Maya",
  "Nanda",
  "Nur",
  "Putri",
  "Rahmat",
  "Rani",
  "Reza",
  "Rizky",
  "Sari",
  "Siti",
  "Taufik",
  "Tri",
  "Udin",
  "Wahyu",
  "Wulan",
  "Yogi",
  "Yuni",
  "Zainal",
];
const LAST = [
  "Pratama",
  "Saputra",
  "Wijaya",
  "Hidayat",
  "Kusuma",
  "Lubis",
  "Nasution",
  "Siregar",
  "Santoso",
  "Wibowo",
  "Setiawan",
  "Gunawan",
  "Hakim",
  "Harahap",
  "Rahman",
  "Susanto",
  "Purnomo",
  "Putra",
  "Halim",
  "Simanjuntak",
  "Situmorang",
  "Manurung",
  "Tanjung",
  "Ramadhan",
  "Permana",
  "Utami",
];

/** How many writers an archive of `articles` has: about one per 330 articles, 40 to 3,000. */
export const writerCount = (articles: number) =>
  Math.min(3000, Math.max(40, Math.round(articles / 330)));

export const scaleWriterId = (n: number) => stableId("scale-writer", String(n));

export async function writeScaleWriters(
  client: pg.ClientBase,
  count: number,
  passwordHash: string,
  editorId: string,
  startedAt: number,
) {
  const rows = Array.from({ length: count }, (_, n) => {
    const r = random(n * 7919 + 13);
    const name = `${FIRST[Math.floor(r() * FIRST.length)]} ${LAST[Math.floor(r() * LAST.length)]}`;
    const joined = new Date(startedAt - (1 + r() * 10.5) * 365.25 * 86_400_000);
    const verified = r() < 0.25;
    return {
      id: scaleWriterId(n),
      email: `skala.penulis${n}@warta.test`,
      username: `skala-${n}`,
      name,
      tier: verified ? "VERIFIED" : "WRITER",
      joined: joined.toISOString(),
      verifiedAt: verified ? new Date(joined.getTime() + 180 * 86_400_000).toISOString() : null,
    };
  });
  await client.query(
    `INSERT INTO "User" (id, email, "emailVerifiedAt", "passwordHash", role, tier, "verifiedAt",
       "verifiedById", "displayName", username, bio, "isDemo", "createdAt", "updatedAt")
     SELECT id, email, joined, $5, 'WRITER', tier::"WriterTier", verified,
       CASE WHEN verified IS NULL THEN NULL ELSE $6 END, name, username,
       'Akun demo Warta (data skala).', true, joined, joined
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $7::text[], $8::timestamp[],
       $9::timestamp[]) AS t(id, email, username, name, tier, joined, verified)
     ON CONFLICT (id) DO NOTHING`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.email),
      rows.map((r) => r.username),
      rows.map((r) => r.name),
      passwordHash,
      editorId,
      rows.map((r) => r.tier),
      rows.map((r) => r.joined),
      rows.map((r) => r.verifiedAt),
    ],
  );
}
