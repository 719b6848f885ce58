import type { Check } from "@/lib/articles/house-format";

/** The house format at a glance: required items block submission, recommended ones do not. */
export function ChecklistPanel({ checks }: { checks: Check[] }) {
  return (
    <section className="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">Format Warta</h2>
      <ul>
        {checks.map((check) => (
          <li
            key={check.id}
            className={
              check.passed ? "check-passed" : check.required ? "check-failed" : "check-optional"
            }
          >
            <span aria-hidden="true">{check.passed ? "✓" : check.required ? "✗" : "○"}</span>{" "}
            {check.label}
            {!check.required && <span className="muted"> (disarankan)</span>}
            <span className="visually-hidden">
              {check.passed ? " — terpenuhi" : " — belum terpenuhi"}
            </span>
            {!check.passed && check.hint && <span className="muted small"> {check.hint}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
