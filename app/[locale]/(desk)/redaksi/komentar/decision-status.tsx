"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { ActionForm } from "@/components/desk/action-form";
import { idle, type ActionResult } from "@/lib/actions/result";

// A decision removes its entry from the queue (the page is re-read), and with it the form that
// would have said what happened: the outcome is shown above the list instead.

const Report = createContext<(result: ActionResult<unknown>) => void>(() => undefined);

export function DecisionStatus({ children }: { children: ReactNode }) {
  const [result, setResult] = useState<ActionResult<unknown>>(idle);
  return (
    <Report.Provider value={setResult}>
      <div aria-live="polite">
        {result.status === "success" && (
          <p role="status" className="form-success">
            {result.message}
          </p>
        )}
        {result.status === "error" && (
          <div role="alert" className="form-message">
            <p>{result.message}</p>
            {Object.values(result.fieldErrors ?? {}).flat().length > 0 && (
              <ul>
                {Object.values(result.fieldErrors ?? {})
                  .flat()
                  .map((message) => (
                    <li key={message}>{message}</li>
                  ))}
              </ul>
            )}
          </div>
        )}
      </div>
      {children}
    </Report.Provider>
  );
}

type FormProps = Omit<React.ComponentProps<typeof ActionForm>, "onResult">;

export function DecisionForm(props: FormProps) {
  const report = useContext(Report);
  return <ActionForm {...props} onResult={report} />;
}
