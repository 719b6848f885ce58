import { apiError, apiJson, apiOptions, apiRedirect } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { tags } from "@/lib/cache/tags";
import { env } from "@/lib/env";
import { getWriterProfile } from "@/lib/users/get-writer-profile";

type Context = { params: Promise<{ username: string }> };

export const GET = apiRoute(async (request: Request, { params }: Context) => {
  const { username } = await params;
  const lookup = await getWriterProfile(username);
  if (lookup.kind === "redirect")
    return apiRedirect(request, `/api/v1/writers/${lookup.to.replace("/penulis/", "")}`);
  if (lookup.kind === "not-found") return apiError("NOT_FOUND", "Penulis tidak ditemukan.");
  const { writer } = lookup;
  const url = (path: string) => new URL(path, env.SITE_URL).toString();
  // Field by field: the profile also carries the internal id, which the API never shows.
  return apiJson(
    request,
    {
      username: writer.username,
      displayName: writer.displayName,
      bio: writer.bio,
      avatarUrl: writer.avatarUrl && url(writer.avatarUrl),
      verified: writer.verified,
      verifiedAt: writer.verifiedAt,
      joinedAt: writer.joinedAt,
      publishedCount: writer.publishedCount,
      url: url(`/penulis/${writer.username}`),
      socialLinks: writer.socialLinks,
    },
    [tags.articles, tags.writer(writer.id)],
  );
});

export const OPTIONS = apiOptions;
