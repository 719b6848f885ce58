"use client";

import { useActionState } from "react";
import { FormField } from "@/components/account/form-field";
import { FormMessage } from "@/components/account/form-message";
import { idle } from "@/lib/actions/result";
import { SubmitButton } from "@/components/account/submit-button";
import { signUpAction } from "./actions";

/** A server-action form: it works before (and without) scripts, and keeps what was typed on errors. */
export function SignUpForm() {
  const [state, action] = useActionState(signUpAction, idle);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={action} className="account-form" noValidate>
      <FormMessage state={state} />
      <FormField
        name="displayName"
        label="Nama tampilan"
        autoComplete="name"
        required
        maxLength={60}
        defaultValue={values.displayName}
        errors={errors.displayName}
        hint="Nama yang tampil pada tulisan Anda."
      />
      <FormField
        name="username"
        label="Nama pengguna"
        autoComplete="username"
        required
        maxLength={30}
        defaultValue={values.username}
        errors={errors.username}
        autoCapitalize="none"
        spellCheck={false}
        hint="3–30 huruf kecil, angka, atau tanda hubung. Menjadi alamat profil Anda: /penulis/nama-anda."
      />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={values.email}
        errors={errors.email}
        hint="Kami mengirim tautan verifikasi ke alamat ini."
      />
      <FormField
        name="password"
        label="Kata sandi"
        type="password"
        autoComplete="new-password"
        required
        errors={errors.password}
        hint="Minimal 8 karakter. Hindari kata sandi yang umum dipakai."
      />
      <div className="form-actions">
        <SubmitButton label="Daftar" pendingLabel="Mendaftarkan…" />
      </div>
    </form>
  );
}
