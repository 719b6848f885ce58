import { mediaSrcSet, mediaVariantUrl } from "@/lib/media/variant-url";

type Props = {
  src: string;
  alt: string;
  width: number;
  height: number;
  className?: string;
  /** How wide the picture is drawn, for the browser's choice among the stored widths. */
  sizes?: string;
  priority?: boolean;
};

/**
 * An <img> rendered entirely on the server. Images are stored already resized (lib/media), so
 * next/image would only add a client component per picture: more RSC payload on every cached page
 * and more work on every render, for nothing. Uploaded images get a `srcset` of their stored widths
 * (400/800/1200) and `src` falls back to the one closest to `width`; other URLs (the demo's SVGs)
 * are used as they are. `priority` is for the one picture that is the page's largest paint.
 */
export function PlainImage({ src, alt, width, height, className, sizes, priority = false }: Props) {
  const srcSet = mediaSrcSet(src);
  return (
    <img
      src={mediaVariantUrl(src, width)}
      srcSet={srcSet}
      sizes={srcSet ? (sizes ?? `${width}px`) : undefined}
      alt={alt}
      width={width}
      height={height}
      className={className}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding={priority ? undefined : "async"}
    />
  );
}
