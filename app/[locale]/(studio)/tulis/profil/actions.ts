"use server";

import { action } from "@/lib/actions/action";
import { updateProfile } from "@/lib/users/update-profile";
import { updateProfileSchema } from "@/lib/users/profile-input";

export const updateProfileAction = action(updateProfileSchema, updateProfile, {
  revalidate: {
    // The writer's name, avatar and bio show on every article list and their profile page.
    tags: (saved) => saved.tags,
    // A cached redirect page (/penulis/<old> → <new>) is not reached by data tags; after a rename
    // back it would loop, so both profile paths (and their ?halaman=N pages) are expired by path too.
    paths: (saved) => [
      ...[...new Set([saved.previousUsername, saved.username])].map((name) => ({
        path: `/penulis/${name}`,
        type: "layout" as const,
      })),
      "/tulis/profil",
    ],
  },
  message: ({ username, previousUsername }) =>
    username === previousUsername
      ? "Profil tersimpan."
      : `Profil tersimpan. Alamat profil Anda sekarang /penulis/${username}; alamat lama /penulis/${previousUsername} dialihkan ke sana.`,
  // A fresh upload is used once; the form shows the saved username.
  values: ({ username }, sent) => ({ ...sent, username, avatarMediaId: "", removeAvatar: "" }),
});
