import { describe } from "vitest";
import { can } from "@/lib/auth/can";
import { policyTable } from "@/test/policy-table";

describe("topic policy", () => {
  policyTable([["manage topics", (a) => can(a, "topic:manage", undefined), ["editor", "admin"]]]);
});
