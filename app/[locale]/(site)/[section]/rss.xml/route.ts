import { feedResponse } from "@/lib/feeds/feed-response";

type Context = { params: Promise<{ section: string }> };

export async function GET(request: Request, { params }: Context) {
  const { section } = await params;
  return feedResponse(request, "rss", { kind: "section", path: [section] });
}
