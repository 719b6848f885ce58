import type { ComponentProps } from "react";

type FieldProps = Omit<ComponentProps<"input">, "name" | "id"> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  /** Prefix for ids when two forms on a page share field names. */
  idPrefix?: string;
};

/** A labelled input with its hint and per-field errors wired up for screen readers. */
export function FormField({ name, label, hint, errors, idPrefix = "f", ...input }: FieldProps) {
  const id = `${idPrefix}-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="field-error">
          {errors?.join(" ")}
        </p>
      )}
    </div>
  );
}
