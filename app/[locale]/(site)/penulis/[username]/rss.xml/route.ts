import { feedResponse } from "@/lib/feeds/feed-response";

type Context = { params: Promise<{ username: string }> };

export async function GET(request: Request, { params }: Context) {
  const { username } = await params;
  return feedResponse(request, "rss", { kind: "writer", username });
}
