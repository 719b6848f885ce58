// Draws Warta's icons from one SVG and writes the PNG and ICO files the site serves (committed;
// run again after changing the drawing): `node scripts/generate-icons.mjs`.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const ACCENT = "#b3261e";
const W = "M96 136h74l44 176 42-132 42 132 44-176h74l-82 256h-58l-20-70-20 70h-58z";

/** The mark on the accent red; `inset` shrinks it for maskable icons' safe zone, `radius` rounds. */
const svg = ({ inset = 0, radius = 0 } = {}) => {
  const scale = 1 - inset * 2;
  const offset = 512 * inset;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${radius}" fill="${ACCENT}"/>
  <path d="${W}" fill="#fff" transform="translate(${offset} ${offset}) scale(${scale})"/>
</svg>
`;
};

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const out = (file) => path.join(root, file);
const png = (source, size) => sharp(Buffer.from(source)).resize(size, size).png().toBuffer();

/** An ICO holding PNG images (supported by every browser since 2007). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

const rounded = svg({ radius: 96 });
fs.writeFileSync(out("app/icon.svg"), rounded);
fs.writeFileSync(
  out("app/favicon.ico"),
  ico([
    { size: 16, data: await png(rounded, 16) },
    { size: 32, data: await png(rounded, 32) },
    { size: 48, data: await png(rounded, 48) },
  ]),
);
// iOS rounds the corners itself; a transparent corner would show as black.
fs.writeFileSync(out("app/apple-icon.png"), await png(svg(), 180));
fs.writeFileSync(out("public/icons/icon-192.png"), await png(rounded, 192));
fs.writeFileSync(out("public/icons/icon-512.png"), await png(rounded, 512));
fs.writeFileSync(out("public/icons/icon-maskable-512.png"), await png(svg({ inset: 0.1 }), 512));
console.log("icons written");
