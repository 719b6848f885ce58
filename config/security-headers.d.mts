export function securityHeaders(options?: {
  siteUrl?: string;
  development?: boolean;
}): { key: string; value: string }[];
