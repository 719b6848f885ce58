import { sitemapFileResponse } from "@/lib/sitemaps/sitemap-response";

type Context = { params: Promise<{ file: string }> };

export async function GET(request: Request, { params }: Context) {
  return sitemapFileResponse(request, (await params).file);
}
