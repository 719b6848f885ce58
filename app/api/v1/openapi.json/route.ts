import { apiJson, apiOptions } from "@/lib/api/api-response";
import { openApiDocument } from "@/lib/api/openapi-document";
import { env } from "@/lib/env";

export const GET = (request: Request) => apiJson(request, openApiDocument(env.SITE_URL), []);
export const OPTIONS = apiOptions;
