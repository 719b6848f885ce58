import { feedResponse } from "@/lib/feeds/feed-response";

// Sub-section feeds (/news/dunia/rss.xml); articles have no feed of their own, so they answer 404.
type Context = { params: Promise<{ section: string; slug: string }> };

export async function GET(request: Request, { params }: Context) {
  const { section, slug } = await params;
  return feedResponse(request, "rss", { kind: "section", path: [section, slug] });
}
