// Writes public/bench/baseline.html: a static page about the size of a rendered article, so the
// benchmark can compare every reader page with the cheapest thing the same server can answer.
// Deterministic (fixed seed), so re-running it changes nothing. Run once: `node bench/make-baseline.mjs`.
// Changing files under public/ makes the next `npm start` rebuild, which is why the file is committed.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const TARGET_BYTES = 50_000;
const out = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "public",
  "bench",
  "baseline.html",
);

const words = (
  "warga kota jakarta pemerintah daerah pasar rakyat banjir musim hujan sekolah dasar guru murid " +
  "pembangunan jalan tol kereta api stasiun terminal bus harga beras minyak goreng petani nelayan " +
  "pantai desa kecamatan kabupaten provinsi gubernur bupati wali kota rapat dewan anggaran belanja " +
  "kesehatan puskesmas rumah sakit dokter perawat vaksin olahraga sepak bola liga pertandingan " +
  "budaya festival musik tari batik kuliner rendang sate bakso warung kopi komunitas relawan " +
  "lingkungan sampah sungai hutan udara bersih listrik air minum internet ekonomi usaha kecil"
).split(" ");

// A tiny seeded generator (mulberry32): the same file on every run and every machine.
let seed = 20260101;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = () => words[Math.floor(random() * words.length)];

function sentence() {
  const length = 8 + Math.floor(random() * 14);
  const text = Array.from({ length }, pick).join(" ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph() {
  return `<p>${Array.from({ length: 3 + Math.floor(random() * 4) }, sentence).join(" ")}</p>`;
}

const head = `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Warta — halaman pembanding benchmark</title>
</head>
<body>
<main>
<article>
<h1>Halaman pembanding benchmark</h1>
<p>Berkas statis ini dipakai oleh <code>npm run bench</code> sebagai pembanding kecepatan. Isinya teks acak.</p>
`;
const tail = "</article>\n</main>\n</body>\n</html>\n";

let body = "";
while (Buffer.byteLength(head + body + tail) < TARGET_BYTES) body += `${paragraph()}\n`;

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, head + body + tail);
console.log(
  `wrote ${path.relative(process.cwd(), out)} (${Buffer.byteLength(head + body + tail)} bytes)`,
);
