import type { ActionResult } from "@/lib/actions/result";

/** The form-wide outcome: an alert on failure, a polite status on success. */
export function FormMessage({
  state,
}: {
  state: Pick<ActionResult<unknown>, "status" | "message">;
}) {
  if (!state.message) return null;
  if (state.status === "success") {
    return (
      <p role="status" className="form-success">
        {state.message}
      </p>
    );
  }
  return (
    <p role="alert" className="form-message">
      {state.message}
    </p>
  );
}
