import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PlainImage } from "@/components/site/plain-image";

const UPLOADED = "/media/2026/05/0123456789abcdef-1200.webp";
const render = (props: Partial<Parameters<typeof PlainImage>[0]>) =>
  renderToStaticMarkup(
    createElement(PlainImage, { src: UPLOADED, alt: "Foto", width: 400, height: 225, ...props }),
  );

describe("PlainImage", () => {
  it("offers every stored width of an uploaded picture, with the drawn size and a fitting src", () => {
    const html = render({ sizes: "(min-width: 600px) 208px, 120px" });
    expect(html).toContain(
      'srcSet="/media/2026/05/0123456789abcdef-400.webp 400w, /media/2026/05/0123456789abcdef-800.webp 800w, /media/2026/05/0123456789abcdef-1200.webp 1200w"',
    );
    expect(html).toContain('sizes="(min-width: 600px) 208px, 120px"');
    expect(html).toContain('src="/media/2026/05/0123456789abcdef-400.webp"');
  });

  it("is lazy by default and eager with high fetch priority for the page's largest picture", () => {
    expect(render({})).toContain('loading="lazy"');
    expect(render({})).not.toContain("fetchPriority");
    const lcp = render({ priority: true });
    expect(lcp).toContain('loading="eager"');
    expect(lcp).toContain('fetchPriority="high"');
  });

  it("leaves pictures that are not uploaded media as they are, without a srcset", () => {
    const html = render({ src: "/demo/hero/kebun-kota.svg", sizes: "100vw" });
    expect(html).toContain('src="/demo/hero/kebun-kota.svg"');
    expect(html).not.toContain("srcSet");
    expect(html).not.toContain("sizes");
  });
});
