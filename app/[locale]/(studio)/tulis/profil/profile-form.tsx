"use client";

import Image from "next/image";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormField } from "@/components/account/form-field";
import { FormMessage } from "@/components/account/form-message";
import { idle, type ActionResult } from "@/lib/actions/result";
import { SubmitButton } from "@/components/account/submit-button";
import { ImageUpload } from "@/components/media/image-upload";
import { localizedPath } from "@/lib/i18n/paths";
import { BIO_MAX, SOCIAL_FIELDS } from "@/lib/users/profile-input";
import type { OwnProfile } from "@/lib/users/get-own-profile";
import { updateProfileAction } from "./actions";
import "@/components/account/account.css";

function BioField({ initial, errors }: { initial: string; errors?: string[] }) {
  const t = useTranslations("studio.profile");
  const [bio, setBio] = useState(initial);
  const describedBy = ["f-bio-count", errors?.length ? "f-bio-error" : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="field">
      <label htmlFor="f-bio">{t("bio")}</label>
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
        {t("bioCount", { count: bio.length, max: BIO_MAX })}
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
  const t = useTranslations("studio.profile");
  const [mediaId, setMediaId] = useState("");
  return (
    <fieldset>
      <legend>{t("avatar")}</legend>
      {currentUrl && !mediaId && (
        <div className="avatar-current">
          <Image
            src={currentUrl}
            alt={t("avatarAlt", { name })}
            width={72}
            height={72}
            className="avatar"
          />
          <label className="field-check">
            <input type="checkbox" name="removeAvatar" /> {t("removeAvatar")}
          </label>
        </div>
      )}
      <ImageUpload
        purpose="avatar"
        label={currentUrl ? t("replaceAvatar") : t("uploadAvatar")}
        onUploaded={(image) => setMediaId(image.id)}
      />
      {/* The upload is stored already; saving the form makes it the avatar (the verb checks it is the writer's own). */}
      <input type="hidden" name="avatarMediaId" value={mediaId} />
    </fieldset>
  );
}

function Fields({ profile, state }: { profile: OwnProfile; state: ActionResult<unknown> }) {
  const t = useTranslations("studio.profile");
  const locale = useLocale();
  const values = state.values;
  const errors = state.fieldErrors ?? {};
  const value = (name: string, fallback: string) => values?.[name] ?? fallback;
  return (
    <>
      <input type="hidden" name="userId" value={profile.id} />
      <FormField
        name="displayName"
        label={t("displayName")}
        required
        maxLength={60}
        autoComplete="name"
        defaultValue={value("displayName", profile.displayName)}
        errors={errors.displayName}
      />
      <FormField
        name="username"
        label={t("username")}
        required
        maxLength={30}
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={value("username", profile.username)}
        errors={errors.username}
        hint={t("usernameHint", {
          path: localizedPath(locale, `/penulis/${t("usernameSample")}`),
        })}
      />
      <BioField initial={value("bio", profile.bio)} errors={errors.bio} />
      <AvatarField currentUrl={profile.avatarUrl} name={profile.displayName} />
      {errors.avatarMediaId && <p className="field-error">{errors.avatarMediaId.join(" ")}</p>}
      <fieldset>
        <legend>{t("links")}</legend>
        {SOCIAL_FIELDS.map((social) => (
          <FormField
            key={social.field}
            name={social.field}
            // The stored keys are the labels; only "Situs web" is a word, the rest are names.
            label={social.field === "website" ? t("social.website") : social.label}
            type="url"
            inputMode="url"
            placeholder={t(`placeholders.${social.field}`)}
            defaultValue={value(social.field, profile.social[social.field])}
            errors={errors[social.field]}
          />
        ))}
      </fieldset>
    </>
  );
}

export function ProfileForm({ profile }: { profile: OwnProfile }) {
  const t = useTranslations("studio.profile");
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
      <p className="field-hint">{t("email", { email: profile.email })}</p>
      <Fields key={saves} profile={profile} state={state} />
      <div className="form-actions">
        <SubmitButton label={t("save")} pendingLabel={t("saving")} />
      </div>
    </form>
  );
}
