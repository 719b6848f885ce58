"use server";

import { revalidatePath } from "next/cache";
import { invalidateTags } from "@/lib/cache/invalidate";
import { runAction } from "@/lib/actions/run-action";
import { getActor } from "@/lib/auth/session";
import { updateProfile } from "@/lib/users/update-profile";
import { SOCIAL_FIELDS, updateProfileSchema } from "@/lib/users/profile-input";
import type { FormState } from "@/components/account/form-state";

const FIELDS = [
  "userId",
  "displayName",
  "username",
  "bio",
  "avatarMediaId",
  "removeAvatar",
  ...SOCIAL_FIELDS.map((s) => s.field),
] as const;

export async function updateProfileAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values: Record<string, string> = {};
  for (const name of FIELDS) {
    const value = form.get(name);
    if (typeof value === "string") values[name] = value;
  }
  const result = await runAction(async () => {
    const saved = await updateProfile(await getActor(), updateProfileSchema.parse(values));
    // The writer's name, avatar and bio show on every article list and their profile page: readers see the change at once.
    await invalidateTags(saved.tags);
    // A cached redirect page (/penulis/<old> → <new>) is not reached by data tags; after a rename
    // back it would loop, so both profile paths (and their ?halaman=N pages) are expired by path too.
    for (const name of new Set([saved.previousUsername, saved.username]))
      revalidatePath(`/penulis/${name}`, "layout");
    revalidatePath("/tulis/profil");
    return saved;
  });
  if (!result.ok)
    return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values };
  const { username, previousUsername } = result.data;
  return {
    status: "success",
    message:
      username === previousUsername
        ? "Profil tersimpan."
        : `Profil tersimpan. Alamat profil Anda sekarang /penulis/${username}; alamat lama /penulis/${previousUsername} dialihkan ke sana.`,
    values: { ...values, username, avatarMediaId: "", removeAvatar: "" },
  };
}
