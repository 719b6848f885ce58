"use client";

import Image from "next/image";
import { useActionState, useState } from "react";
import { FormField } from "@/components/account/form-field";
import { FormMessage } from "@/components/account/form-message";
import { idle, type ActionResult } from "@/lib/actions/result";
import { SubmitButton } from "@/components/account/submit-button";
import { ImageUpload } from "@/components/media/image-upload";
import { BIO_MAX, SOCIAL_FIELDS } from "@/lib/users/profile-input";
import type { OwnProfile } from "@/lib/users/get-own-profile";
import { updateProfileAction } from "./actions";
import "@/components/account/account.css";

function BioField({ initial, errors }: { initial: string; errors?: string[] }) {
  const [bio, setBio] = useState(initial);
  const describedBy = ["f-bio-count", errors?.length ? "f-bio-error" : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="field">
      <label htmlFor="f-bio">Bio singkat</label>
      <textarea
        id="f-bio"
        name="bio"
        value={bio}
        maxLength={BIO_MAX}
        rows={3}
        onChange={(event) => setBio(event.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
      />
      <p id="f-bio-count" className="field-hint">
        {bio.length}/{BIO_MAX} karakter
      </p>
      {errors?.length ? (
        <p id="f-bio-error" className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

function AvatarField({ currentUrl, name }: { currentUrl: string | null; name: string }) {
  const [mediaId, setMediaId] = useState("");
  return (
    <fieldset>
      <legend>Foto profil</legend>
      {currentUrl && !mediaId && (
        <div className="avatar-current">
          <Image
            src={currentUrl}
            alt={`Foto profil ${name} saat ini`}
            width={72}
            height={72}
            className="avatar"
          />
          <label className="field-check">
            <input type="checkbox" name="removeAvatar" /> Hapus foto profil
          </label>
        </div>
      )}
      <ImageUpload
        purpose="avatar"
        label={currentUrl ? "Ganti foto profil" : "Unggah foto profil"}
        onUploaded={(image) => setMediaId(image.id)}
      />
      {/* The upload is stored already; saving the form makes it the avatar (the verb checks it is the writer's own). */}
      <input type="hidden" name="avatarMediaId" value={mediaId} />
    </fieldset>
  );
}

function Fields({ profile, state }: { profile: OwnProfile; state: ActionResult<unknown> }) {
  const values = state.values;
  const errors = state.fieldErrors ?? {};
  const value = (name: string, fallback: string) => values?.[name] ?? fallback;
  return (
    <>
      <input type="hidden" name="userId" value={profile.id} />
      <FormField
        name="displayName"
        label="Nama tampilan"
        required
        maxLength={60}
        autoComplete="name"
        defaultValue={value("displayName", profile.displayName)}
        errors={errors.displayName}
      />
      <FormField
        name="username"
        label="Nama pengguna"
        required
        maxLength={30}
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={value("username", profile.username)}
        errors={errors.username}
        hint="Alamat profil Anda: /penulis/nama-pengguna. Jika diganti, alamat lama tetap dialihkan ke alamat baru."
      />
      <BioField initial={value("bio", profile.bio)} errors={errors.bio} />
      <AvatarField currentUrl={profile.avatarUrl} name={profile.displayName} />
      {errors.avatarMediaId && <p className="field-error">{errors.avatarMediaId.join(" ")}</p>}
      <fieldset>
        <legend>Tautan</legend>
        {SOCIAL_FIELDS.map((social) => (
          <FormField
            key={social.field}
            name={social.field}
            label={social.label}
            type="url"
            inputMode="url"
            placeholder={social.placeholder}
            defaultValue={value(social.field, profile.social[social.field])}
            errors={errors[social.field]}
          />
        ))}
      </fieldset>
    </>
  );
}

export function ProfileForm({ profile }: { profile: OwnProfile }) {
  const [state, action] = useActionState(updateProfileAction, idle);
  // After a save the page's data is fresh from the server; remounting the fields starts them from it.
  const [saves, setSaves] = useState(0);
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state.status === "success") setSaves((n) => n + 1);
  }
  return (
    <form action={action} className="account-form" noValidate>
      <FormMessage state={state} />
      <p className="field-hint">Email akun: {profile.email}</p>
      <Fields key={saves} profile={profile} state={state} />
      <div className="form-actions">
        <SubmitButton label="Simpan profil" pendingLabel="Menyimpan…" />
      </div>
    </form>
  );
}
