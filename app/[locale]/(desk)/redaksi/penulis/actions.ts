"use server";

import { action } from "@/lib/actions/action";
import { revokeVerification } from "@/lib/users/revoke-verification";
import { setRole, setRoleSchema } from "@/lib/users/set-role";
import { suspendUser, suspendUserSchema } from "@/lib/users/suspend-user";
import { unsuspendUser } from "@/lib/users/unsuspend-user";
import { userRefSchema } from "@/lib/users/user-id";
import { verifyWriter } from "@/lib/users/verify-writer";

// Whatever the outcome, the list is re-read: a refusal often means someone else changed the account.
const peoplePage = { paths: ["/redaksi/penulis"], evenOnError: true };

export const verifyWriterAction = action(
  userRefSchema,
  (actor, { userId }) => verifyWriter(actor, userId),
  {
    // The badge shows on every article page of the writer: readers must see it now.
    revalidate: { ...peoplePage, tags: ({ tags }) => tags },
    message: "Penulis kini Verified Writer. Lencananya langsung tampil di artikelnya.",
  },
);

export const revokeVerificationAction = action(
  userRefSchema,
  (actor, { userId }) => revokeVerification(actor, userId),
  { revalidate: { ...peoplePage, tags: ({ tags }) => tags }, message: "Verifikasi dicabut." },
);

export const suspendUserAction = action(suspendUserSchema, suspendUser, {
  revalidate: peoplePage,
  message: "Akun dinonaktifkan. Semua sesinya sudah berakhir.",
});

export const unsuspendUserAction = action(
  userRefSchema,
  (actor, { userId }) => unsuspendUser(actor, userId),
  { revalidate: peoplePage, message: "Akun aktif kembali. Pemiliknya dapat masuk lagi." },
);

export const setRoleAction = action(setRoleSchema, setRole, {
  revalidate: peoplePage,
  message: ({ changed }) => (changed ? "Peran diubah." : "Peran tidak berubah."),
});
