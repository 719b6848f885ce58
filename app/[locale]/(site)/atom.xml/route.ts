import { feedResponse } from "@/lib/feeds/feed-response";

export const GET = (request: Request) => feedResponse(request, "atom", { kind: "site" });
