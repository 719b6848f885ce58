// Writes the import lists of the message catalogs from the files that exist, so that adding an
// area is adding its files (and running this), and two branches adding areas never conflict:
//   messages/<area>/{id,en}.json      → lib/i18n/catalog-index.ts
//   lib/i18n/server-messages/*.json   → lib/i18n/server-messages/index.ts
// `node scripts/i18n-index.mjs --check` fails when either file is out of date (lib/i18n tests run it).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const LOCALES = ["id", "en"];
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
const header = (what) =>
  `// Written by scripts/i18n-index.mjs from ${what}: do not edit, run the script.\n`;

export function catalogIndex() {
  const dir = path.join(root, "messages");
  const areas = fs
    .readdirSync(dir)
    .filter((area) => LOCALES.every((l) => fs.existsSync(path.join(dir, area, `${l}.json`))))
    .sort();
  const imports = areas.flatMap((area) =>
    LOCALES.map(
      (l) => `import ${camel(area)}${l.toUpperCase()} from "@/messages/${area}/${l}.json";`,
    ),
  );
  const objects = LOCALES.map(
    (l) =>
      `export const ${l} = {\n${areas.map((a) => `  ${JSON.stringify(a).includes("-") ? JSON.stringify(a) : a}: ${camel(a)}${l.toUpperCase()},`).join("\n")}\n};`,
  );
  return `${header("messages/<area>/<locale>.json")}${imports.join("\n")}\n\n${objects.join("\n\n")}\n`;
}

export function serverIndex() {
  const dir = path.join(root, "lib/i18n/server-messages");
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const names = files.map((f) => `${camel(f.replace(/\.json$/, ""))}Text`);
  const imports = files.map((f, i) => `import ${names[i]} from "./${f}";`);
  return `${header("lib/i18n/server-messages/*.json")}${imports.join("\n")}\n\n/** English for server text, by its Indonesian. */\nexport const serverEnglish: Record<string, string> = {\n${names.map((n) => `  ...${n},`).join("\n")}\n};\n`;
}

const targets = [
  [path.join(root, "lib/i18n/catalog-index.ts"), catalogIndex],
  [path.join(root, "lib/i18n/server-messages/index.ts"), serverIndex],
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes("--check");
  let stale = false;
  for (const [file, make] of targets) {
    const text = make();
    const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    if (current === text) continue;
    if (check) {
      console.error(`${path.relative(root, file)} is out of date: run node scripts/i18n-index.mjs`);
      stale = true;
    } else fs.writeFileSync(file, text);
  }
  if (stale) process.exit(1);
}
