import fs from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

// Validates sitemap XML against the schemas vendored in test/fixtures/xsd (no network).
const dir = path.resolve(__dirname, "fixtures/xsd");
const file = (fileName: string) => ({
  fileName,
  contents: fs.readFileSync(path.join(dir, fileName), "utf8"),
});

/** The schema errors of a sitemap (`urlset`) or sitemap index (`index`); empty when valid. */
export async function sitemapErrors(xml: string, kind: "urlset" | "index"): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: "document.xml", contents: xml },
    schema: file(kind === "index" ? "siteindex.xsd" : "urlset.xsd"),
    preload: [file("sitemap.xsd"), file("sitemap-image.xsd"), file("sitemap-news.xsd")],
  });
  return result.errors.map((error) => error.rawMessage);
}
