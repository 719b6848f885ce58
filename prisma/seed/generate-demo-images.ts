// Writes the demo images into public/demo/ (committed; the seed only points at them):
//   node --import tsx prisma/seed/generate-demo-images.ts
// Everything is drawn here as SVG, so no photo with unknown rights ever ships with the demo.
import fs from "node:fs";
import path from "node:path";
import { DEMO_USERS } from "./demo-users";
import { stableInt } from "./ids";

const OUT = path.resolve(process.cwd(), "public/demo");

/** Dark enough for white initials (contrast ratio >= 4.5:1). */
const AVATAR_COLOURS = [
  "#1d4ed8",
  "#0f766e",
  "#b91c1c",
  "#6d28d9",
  "#c2410c",
  "#15803d",
  "#be185d",
  "#0369a1",
  "#4d7c0f",
  "#92400e",
  "#334155",
  "#7e22ce",
];

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c,
  );

function initials(displayName: string) {
  const words = displayName
    .replace(/\(.*?\)/g, "")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join("");
}

function avatarSvg(username: string, displayName: string) {
  const colour = AVATAR_COLOURS[stableInt(`avatar:${username}`, AVATAR_COLOURS.length)];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128" width="128" height="128" role="img" aria-labelledby="t">
  <title id="t">${escapeXml(displayName)}</title>
  <circle cx="64" cy="64" r="64" fill="${colour}"/>
  <text x="64" y="64" dy="0.35em" text-anchor="middle" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="50" font-weight="600" fill="#ffffff">${escapeXml(initials(displayName))}</text>
</svg>
`;
}

/** A small seeded generator so skylines and stars come out the same on every run. */
function random(seed: string) {
  let state = stableInt(seed, 2 ** 31) || 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

const W = 1200;
const H = 675;

function frame(title: string, defs: string, body: string) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="t">
  <title id="t">${escapeXml(title)}</title>
  <defs>${defs}</defs>
${body}
</svg>
`;
}

const linear = (id: string, stops: string[], vertical = true) =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="${vertical ? 0 : 1}" y2="${vertical ? 1 : 0}">${stops
    .map(
      (colour, i) =>
        `<stop offset="${Math.round((i / (stops.length - 1)) * 100)}%" stop-color="${colour}"/>`,
    )
    .join("")}</linearGradient>`;

function skyline(
  seed: string,
  baseY: number,
  fill: string,
  minH: number,
  maxH: number,
  windows?: string,
) {
  const next = random(seed);
  let x = -20;
  let out = "";
  while (x < W) {
    const w = 50 + Math.round(next() * 70);
    const h = minH + Math.round(next() * (maxH - minH));
    out += `<rect x="${x}" y="${baseY - h}" width="${w}" height="${h}" fill="${fill}"/>`;
    if (windows) {
      for (let wy = baseY - h + 14; wy < baseY - 16; wy += 22) {
        for (let wx = x + 10; wx < x + w - 12; wx += 18)
          if (next() > 0.45)
            out += `<rect x="${wx}" y="${wy}" width="8" height="10" fill="${windows}"/>`;
      }
    }
    x += w + 4;
  }
  return out;
}

function urbanGarden() {
  const beds = [0, 1, 2, 3]
    .map((i) => {
      const y = 470 + i * 52;
      const inset = 140 - i * 40;
      const plants = Array.from({ length: 14 + i * 2 }, (_, j) => {
        const px = inset + 30 + j * ((W - 2 * inset - 60) / (13 + i * 2));
        return `<ellipse cx="${px.toFixed(0)}" cy="${y - 6}" rx="${12 + i * 2}" ry="${9 + i}" fill="${j % 3 ? "#3f8f3a" : "#5fae4b"}"/>`;
      }).join("");
      return `<rect x="${inset}" y="${y}" width="${W - 2 * inset}" height="${26 + i * 4}" rx="6" fill="#7a4a26"/>${plants}`;
    })
    .join("");
  return frame(
    "Ilustrasi kebun sayur warga di tengah kota",
    linear("sky", ["#8fd3ff", "#dff3ff", "#fff4d6"]) + linear("ground", ["#9bcf6a", "#5e9c3f"]),
    `  <rect width="${W}" height="${H}" fill="url(#sky)"/>
  <circle cx="960" cy="140" r="70" fill="#ffd45c"/>
  <g opacity="0.55">${skyline("garden-far", 420, "#7aa3c2", 120, 260)}</g>
  <g>${skyline("garden-near", 430, "#4f6f8a", 60, 170, "#ffe9a8")}</g>
  <rect y="420" width="${W}" height="${H - 420}" fill="url(#ground)"/>
  ${beds}`,
  );
}

function wasteSorting() {
  const bins = [
    { x: 250, colour: "#2f9e44", label: "ORGANIK", ink: "#ffffff" },
    { x: 510, colour: "#f2b705", label: "ANORGANIK", ink: "#3b2f00" },
    { x: 770, colour: "#d9480f", label: "B3", ink: "#ffffff" },
  ]
    .map(
      ({ x, colour, label, ink }) => `<g>
    <rect x="${x - 10}" y="250" width="200" height="26" rx="8" fill="${colour}" opacity="0.85"/>
    <path d="M${x} 280 h180 l-18 250 h-144 z" fill="${colour}"/>
    <rect x="${x + 70}" y="232" width="40" height="22" rx="6" fill="${colour}" opacity="0.85"/>
    <text x="${x + 90}" y="420" text-anchor="middle" font-family="system-ui, sans-serif" font-size="22" font-weight="700" fill="${ink}">${label}</text>
  </g>`,
    )
    .join("\n  ");
  const next = random("leaves");
  const leaves = Array.from({ length: 26 }, () => {
    const x = Math.round(next() * W);
    const y = Math.round(next() * 200) + 20;
    const r = Math.round(next() * 360);
    return `<ellipse cx="${x}" cy="${y}" rx="18" ry="7" transform="rotate(${r} ${x} ${y})" fill="#8cc63f" opacity="0.5"/>`;
  }).join("");
  return frame(
    "Ilustrasi tiga tempat sampah terpilah: organik, anorganik, dan B3",
    linear("bg", ["#e6f4ea", "#fdf6e3"]) + linear("floor", ["#d8cbb0", "#bfae8c"]),
    `  <rect width="${W}" height="${H}" fill="url(#bg)"/>
  ${leaves}
  <rect y="530" width="${W}" height="${H - 530}" fill="url(#floor)"/>
  <ellipse cx="600" cy="540" rx="480" ry="20" fill="#000000" opacity="0.08"/>
  ${bins}`,
  );
}

function bicycleLibrary() {
  const houses = [60, 260, 470, 700, 930]
    .map((x, i) => {
      const colours = ["#f4a261", "#e9c46a", "#2a9d8f", "#e76f51", "#8ab17d"];
      return `<rect x="${x}" y="260" width="190" height="220" fill="${colours[i]}"/><path d="M${x - 12} 262 L${x + 95} 190 L${x + 202} 262 z" fill="#8d3b26"/><rect x="${x + 30}" y="320" width="46" height="46" fill="#fdf0d5"/><rect x="${x + 110}" y="380" width="50" height="100" fill="#6b3e26"/>`;
    })
    .join("");
  const books = ["#264653", "#e63946", "#f4a261", "#2a9d8f", "#6a4c93"]
    .map(
      (colour, i) =>
        `<rect x="${598 + i * 22}" y="${444 - (i % 2) * 10}" width="18" height="${56 + (i % 2) * 10}" fill="${colour}"/>`,
    )
    .join("");
  return frame(
    "Ilustrasi sepeda pembawa buku di gang permukiman saat senja",
    linear("dusk", ["#ff9a76", "#ffcf8b", "#fff1d0"]),
    `  <rect width="${W}" height="${H}" fill="url(#dusk)"/>
  <circle cx="250" cy="150" r="60" fill="#fff6e0" opacity="0.9"/>
  ${houses}
  <rect y="480" width="${W}" height="${H - 480}" fill="#9c8a75"/>
  <rect y="560" width="${W}" height="10" fill="#b8a893"/>
  <g stroke="#1f2933" stroke-width="10" fill="none" stroke-linecap="round">
    <circle cx="520" cy="580" r="62"/><circle cx="780" cy="580" r="62"/>
    <path d="M520 580 L600 500 L720 500 L780 580 M600 500 L650 580 L720 500 M650 580 L520 580 M590 470 L620 470 M720 500 L735 455 L765 455"/>
  </g>
  <rect x="585" y="500" width="130" height="10" fill="#1f2933"/>
  ${books}`,
  );
}

function futsalCourt() {
  const next = random("stars");
  const stars = Array.from(
    { length: 60 },
    () =>
      `<circle cx="${Math.round(next() * W)}" cy="${Math.round(next() * 230)}" r="${(next() * 1.8 + 0.6).toFixed(1)}" fill="#ffffff" opacity="0.8"/>`,
  ).join("");
  return frame(
    "Ilustrasi lapangan futsal terbuka pada malam hari dengan lampu sorot",
    linear("night", ["#0b1d3a", "#1d3b6a", "#335c8f"]) +
      linear("court", ["#1f7a4d", "#16603c"]) +
      `<radialGradient id="glow" cx="0.5" cy="0" r="0.8"><stop offset="0%" stop-color="#fff8d6" stop-opacity="0.55"/><stop offset="100%" stop-color="#fff8d6" stop-opacity="0"/></radialGradient>`,
    `  <rect width="${W}" height="${H}" fill="url(#night)"/>
  ${stars}
  <g fill="#c9d6e3"><rect x="150" y="90" width="10" height="300"/><rect x="1040" y="90" width="10" height="300"/></g>
  <g fill="#fff8d6"><rect x="120" y="76" width="70" height="22" rx="4"/><rect x="1010" y="76" width="70" height="22" rx="4"/></g>
  <path d="M155 98 L-100 ${H} L${W + 100} ${H} L1045 98 z" fill="url(#glow)"/>
  <path d="M260 330 L940 330 L1160 ${H} L40 ${H} z" fill="url(#court)"/>
  <g stroke="#ffffff" stroke-width="5" fill="none" opacity="0.9">
    <path d="M260 330 L940 330 L1160 ${H} L40 ${H} z"/>
    <path d="M600 330 L600 ${H}"/>
    <ellipse cx="600" cy="480" rx="120" ry="45"/>
  </g>
  <circle cx="690" cy="560" r="26" fill="#ffffff"/>
  <path d="M678 548 l12 -6 l12 6 l-3 14 h-18 z" fill="#1f2933"/>`,
  );
}

function phoneScam() {
  return frame(
    "Ilustrasi ponsel dengan pesan mencurigakan dan tanda peringatan",
    linear("bg", ["#1b1f3b", "#2d3a6b", "#4a5fa0"], false),
    `  <rect width="${W}" height="${H}" fill="url(#bg)"/>
  <g opacity="0.25" fill="#ffffff">${Array.from({ length: 12 }, (_, i) => `<rect x="${40 + i * 100}" y="${60 + (i % 3) * 30}" width="60" height="6" rx="3"/>`).join("")}</g>
  <rect x="470" y="70" width="260" height="530" rx="36" fill="#0f1222"/>
  <rect x="486" y="110" width="228" height="450" rx="12" fill="#f5f7fb"/>
  <rect x="502" y="140" width="170" height="56" rx="14" fill="#dfe5f2"/>
  <rect x="530" y="214" width="170" height="74" rx="14" fill="#ffe3e3"/>
  <rect x="502" y="306" width="150" height="44" rx="14" fill="#dfe5f2"/>
  <rect x="544" y="372" width="156" height="30" rx="15" fill="#d64545"/>
  <g fill="#9aa5c4"><rect x="516" y="156" width="120" height="8" rx="4"/><rect x="516" y="174" width="90" height="8" rx="4"/><rect x="516" y="320" width="110" height="8" rx="4"/></g>
  <g fill="#c44"><rect x="546" y="232" width="130" height="8" rx="4"/><rect x="546" y="250" width="100" height="8" rx="4"/><rect x="546" y="268" width="120" height="8" rx="4"/></g>
  <path d="M880 190 L990 380 L770 380 z" fill="#ffc83d" stroke="#1b1f3b" stroke-width="8" stroke-linejoin="round"/>
  <rect x="872" y="250" width="16" height="70" rx="6" fill="#1b1f3b"/><circle cx="880" cy="345" r="10" fill="#1b1f3b"/>`,
  );
}

/** The plan drawing shown inside the urban-garden article body. */
function gardenPlan() {
  const label = (x: number, y: number, text: string) =>
    `<text x="${x}" y="${y}" text-anchor="middle" font-family="system-ui, sans-serif" font-size="26" fill="#1f2933">${escapeXml(text)}</text>`;
  const beds = [0, 1, 2, 3, 4]
    .map(
      (i) =>
        `<rect x="${120 + i * 150}" y="140" width="110" height="330" rx="10" fill="#7fb069" stroke="#4f7942" stroke-width="4"/>`,
    )
    .join("");
  return frame(
    "Denah ilustrasi kebun bersama: lima bedeng sayur, komposter, dan tandon air",
    linear("paper", ["#fbf8ef", "#f1ead8"]),
    `  <rect width="${W}" height="${H}" fill="url(#paper)"/>
  <rect x="60" y="80" width="1080" height="520" rx="18" fill="none" stroke="#8a7f6a" stroke-width="4" stroke-dasharray="14 10"/>
  ${beds}
  ${label(415, 520, "Bedeng sayur (5 petak)")}
  <rect x="900" y="140" width="180" height="130" rx="12" fill="#a0522d"/>
  ${label(990, 310, "Komposter")}
  <circle cx="990" cy="420" r="70" fill="#4dabf7" stroke="#1c7ed6" stroke-width="4"/>
  ${label(990, 530, "Tandon air hujan")}
  ${label(600, 60, "Denah kebun bersama (ilustrasi)")}`,
  );
}

const HERO_IMAGES: Record<string, () => string> = {
  "kebun-kota": urbanGarden,
  "pilah-sampah": wasteSorting,
  "perpustakaan-sepeda": bicycleLibrary,
  "futsal-malam": futsalCourt,
  "pesan-penipuan": phoneScam,
};

function write(relative: string, content: string) {
  const file = path.join(OUT, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return relative;
}

function main() {
  const written: string[] = [];
  for (const user of DEMO_USERS)
    written.push(write(`avatars/${user.username}.svg`, avatarSvg(user.username, user.displayName)));
  for (const [name, draw] of Object.entries(HERO_IMAGES))
    written.push(write(`hero/${name}.svg`, draw()));
  written.push(write("body/denah-kebun.svg", gardenPlan()));
  console.log(`[demo-images] wrote ${written.length} files under public/demo/`);
}

main();
