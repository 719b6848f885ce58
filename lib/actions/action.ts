import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ZodError, type z } from "zod";
import type { Actor } from "@/lib/auth/can";
import { getActor } from "@/lib/auth/session";
import { invalidateTags } from "@/lib/cache/invalidate";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/actions/field-errors";
import type { ActionResult, FieldErrors, FormValues } from "@/lib/actions/result";
import { locales, type Locale } from "@/lib/i18n/locales";
import { serverLocale, translateFieldErrors, translateServerText } from "@/lib/i18n/server-text";

/** A page to refresh by path: its own (desk pages render per request) or a cached one with no tag. */
export type PathToRefresh = string | { path: string; type: "layout" | "page" };

type Options<I, O, D> = {
  /** What readers must see at once: tags through invalidateTags, pages by path. */
  revalidate?: {
    tags?: (output: O, input: I) => string[];
    paths?: PathToRefresh[] | ((output: O, input: I) => PathToRefresh[]);
    /** Refresh the paths after a refusal too (a refusal often means someone else changed it). */
    evenOnError?: boolean;
  };
  /** The success message the form shows. */
  message?: string | ((output: O, input: I) => string);
  /** What the client gets as `data` (nothing unless asked: verbs' outputs carry emails, tags). */
  data?: (output: O, input: I) => D;
  /** The fields to show after a success (default: as sent). */
  values?: (output: O, sent: FormValues) => FormValues;
  /** Where to go after a success. */
  redirect?: string | ((output: O) => string);
};

/**
 * A caller's object names the schema's fields; their values are the schema's to check (they come
 * from a browser either way, like a select's string for an enum). A bare value (an id) as it is.
 */
type Sent<In> = In extends object ? { [K in keyof In]: unknown } : In;

/**
 * The action a form or a button calls: with its FormData (as a form action), an object, a bare
 * value, or, for a tuple schema, positional arguments (`submitArticleAction(id, version)`).
 */
export type ServerAction<In, D> = {
  (...input: In extends readonly unknown[] ? In : [Sent<In> | FormData]): Promise<ActionResult<D>>;
  (previous: ActionResult<D>, form: FormData): Promise<ActionResult<D>>;
};

// A password is never sent back to the page that typed it.
const textFields = (form: FormData): FormValues =>
  Object.fromEntries(
    [...form.entries()].filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === "string" && !/password/i.test(entry[0]),
    ),
  );

const formFields = (form: FormData) =>
  Object.fromEntries(
    [...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );

// Pages live under app/[locale] (proxy.ts rewrites /tulis to /id/tulis or /en/tulis), so Next
// knows them by that path: a route pattern gets the segment, a concrete path each language's prefix.
function refresh(paths: PathToRefresh[]) {
  for (const path of paths) {
    const { path: target, type } = typeof path === "string" ? { path, type: undefined } : path;
    if (target.includes("[")) revalidatePath(`/[locale]${target}`, type);
    else
      for (const locale of locales)
        revalidatePath(`/${locale}${target === "/" ? "" : target}`, type);
  }
}

function failure(error: unknown, values: FormValues | undefined): ActionResult<never> {
  if (error instanceof AppError) {
    const fieldErrors = error.details?.fieldErrors as FieldErrors | undefined;
    return {
      status: "error",
      code: error.code,
      message: error.message,
      ...(fieldErrors && { fieldErrors }),
      values,
    };
  }
  if (error instanceof ZodError)
    return {
      status: "error",
      code: "INVALID",
      message: "Periksa kembali isian yang ditandai.",
      fieldErrors: fieldErrorsOf(error),
      values,
    };
  throw error;
}

/** The result's messages in the page's language (lib/i18n/server-text.ts). */
function translated<D>(locale: Locale, result: ActionResult<D>): ActionResult<D> {
  if (locale === "id") return result;
  return {
    ...result,
    ...(result.message && { message: translateServerText(locale, result.message) }),
    ...("fieldErrors" in result &&
      result.fieldErrors && { fieldErrors: translateFieldErrors(locale, result.fieldErrors) }),
  };
}

/**
 * The one way to write a server action (the idea of dub's safe-action, for this code): parse the
 * input with the verb's schema, run the verb as the signed-in user, revalidate what it changed, and
 * answer with an ActionResult. AppError and ZodError become a failed result the form shows with
 * what was typed; anything else propagates (a bug, or Next's own redirect). The verb still checks
 * permission itself: a server action can be POSTed by anyone.
 *
 *   export const rejectArticleAction = action(withArticleId(rejectInputSchema), (actor, input) =>
 *     rejectArticle(actor, input.articleId, input));
 */
export function action<S extends z.ZodType, O, D = undefined>(
  schema: S,
  verb: (actor: Actor | null, input: z.output<S>) => Promise<O>,
  options: Options<z.output<S>, O, D> = {},
): ServerAction<z.input<S>, D> {
  async function run(...args: unknown[]): Promise<ActionResult<D>> {
    const last = args[args.length - 1];
    const form = last instanceof FormData ? last : null;
    const raw = form ?? (args.length === 1 ? args[0] : args);
    const values = form ? textFields(form) : undefined;
    const paths = options.revalidate?.paths;
    let result: ActionResult<D>;
    let output: O;
    try {
      const input = schema.parse(form ? formFields(form) : raw) as z.output<S>;
      output = await verb(await getActor(), input);
      await invalidateTags(options.revalidate?.tags?.(output, input) ?? []);
      if (paths) refresh(typeof paths === "function" ? paths(output, input) : paths);
      const message = options.message;
      result = {
        status: "success",
        data: options.data ? options.data(output, input) : (undefined as D),
        message: typeof message === "function" ? message(output, input) : message,
        values: values && options.values ? options.values(output, values) : values,
      };
    } catch (error) {
      result = translated(await serverLocale(), failure(error, values));
      if (paths && typeof paths !== "function" && options.revalidate?.evenOnError) refresh(paths);
      return result;
    }
    const to = options.redirect;
    if (to) redirect(typeof to === "function" ? to(output) : to);
    return translated(await serverLocale(), result);
  }
  return run as ServerAction<z.input<S>, D>;
}
