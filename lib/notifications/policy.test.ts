import { describe } from "vitest";
import { can } from "@/lib/auth/can";
import { policyTable } from "@/test/policy-table";

describe("notification policy", () => {
  policyTable([
    [
      "read one's own notifications",
      (a) => can(a, "notification:read-own", undefined),
      ["writer", "other", "editor", "admin"],
    ],
  ]);
});
