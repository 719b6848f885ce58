import { apiJson, apiOptions } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { tags } from "@/lib/cache/tags";
import { env } from "@/lib/env";
import { listPublicTopics } from "@/lib/topics/list-public-topics";

export const GET = apiRoute(async (request: Request) => {
  const topics = await listPublicTopics();
  const data = topics.map((topic) => ({
    ...topic,
    url: new URL(`/topik/${topic.slug}`, env.SITE_URL).toString(),
  }));
  return apiJson(request, { data }, [tags.topics]);
});

export const OPTIONS = apiOptions;
