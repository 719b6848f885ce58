"use server";

import { revalidatePath } from "next/cache";
import { invalidateTags } from "@/lib/cache/invalidate";
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { getActor } from "@/lib/auth/session";
import { revokeVerification } from "@/lib/users/revoke-verification";
import { setRole, setRoleSchema } from "@/lib/users/set-role";
import { suspendUser, suspendUserSchema } from "@/lib/users/suspend-user";
import { unsuspendUser } from "@/lib/users/unsuspend-user";
import { verifyWriter } from "@/lib/users/verify-writer";
import { formFields, toFormResult, type FormResult } from "./form-result";

const userIdOf = (form: FormData) => z.string().min(1).max(64).parse(form.get("userId"));

// Whatever the outcome, the list is re-read: a refusal often means someone else changed the account.
const done = (result: FormResult) => {
  revalidatePath("/redaksi/penulis");
  return result;
};

export async function verifyWriterAction(form: FormData): Promise<FormResult> {
  const result = await runAction(async () => {
    const { tags } = await verifyWriter(await getActor(), userIdOf(form));
    // The badge shows on every article page of the writer: readers must see it now.
    await invalidateTags(tags);
  });
  return done(
    toFormResult(
      result,
      () => "Penulis kini Verified Writer. Lencananya langsung tampil di artikelnya.",
    ),
  );
}

export async function revokeVerificationAction(form: FormData): Promise<FormResult> {
  const result = await runAction(async () => {
    const { tags } = await revokeVerification(await getActor(), userIdOf(form));
    await invalidateTags(tags);
  });
  return done(toFormResult(result, () => "Verifikasi dicabut."));
}

export async function suspendUserAction(form: FormData): Promise<FormResult> {
  const result = await runAction(async () =>
    suspendUser(await getActor(), suspendUserSchema.parse(formFields(form))),
  );
  return done(toFormResult(result, () => "Akun dinonaktifkan. Semua sesinya sudah berakhir."));
}

export async function unsuspendUserAction(form: FormData): Promise<FormResult> {
  const result = await runAction(async () => unsuspendUser(await getActor(), userIdOf(form)));
  return done(toFormResult(result, () => "Akun aktif kembali. Pemiliknya dapat masuk lagi."));
}

export async function setRoleAction(form: FormData): Promise<FormResult> {
  const result = await runAction(async () =>
    setRole(await getActor(), setRoleSchema.parse(formFields(form))),
  );
  return done(
    toFormResult(result, ({ changed }) => (changed ? "Peran diubah." : "Peran tidak berubah.")),
  );
}
