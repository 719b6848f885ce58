type Props = {
  src: string;
  alt: string;
  width: number;
  height: number;
  className?: string;
  priority?: boolean;
};

/**
 * An <img> rendered entirely on the server. Images are stored already resized (lib/media), so
 * next/image would only add a client component per picture: more RSC payload on every cached page
 * and more work on every render, for nothing. `priority` is for the one picture above the fold.
 */
export function PlainImage({ src, alt, width, height, className, priority = false }: Props) {
  return (
    <img
      src={src}
      alt={alt}
      width={width}
      height={height}
      className={className}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
    />
  );
}
