import { sitemapIndexResponse } from "@/lib/sitemaps/sitemap-response";

export const GET = (request: Request) => sitemapIndexResponse(request);
