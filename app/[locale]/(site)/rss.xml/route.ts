import { feedResponse } from "@/lib/feeds/feed-response";

export const GET = (request: Request) => feedResponse(request, "rss", { kind: "site" });
