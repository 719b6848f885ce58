import { feedResponse } from "@/lib/feeds/feed-response";

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context) {
  const { slug } = await params;
  return feedResponse(request, "rss", { kind: "topic", slug });
}
