import { describe } from "vitest";
import { can } from "@/lib/auth/can";
import { policyTable } from "@/test/policy-table";

describe("audit policy", () => {
  policyTable([["read the audit log", (a) => can(a, "audit:read", undefined), ["admin"]]]);
});
