import { apiJson, apiOptions } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { tags } from "@/lib/cache/tags";
import { env } from "@/lib/env";
import { listPublicSections } from "@/lib/sections/list-public-sections";

export const GET = apiRoute(async (request: Request) => {
  const sections = await listPublicSections();
  const data = sections.map(({ path, ...section }) => ({
    ...section,
    url: new URL(path, env.SITE_URL).toString(),
  }));
  return apiJson(request, { data }, [tags.sections]);
});

export const OPTIONS = apiOptions;
