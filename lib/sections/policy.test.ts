import { describe } from "vitest";
import { can } from "@/lib/auth/can";
import { policyTable } from "@/test/policy-table";

describe("section policy", () => {
  policyTable([
    ["manage sections", (a) => can(a, "section:manage", undefined), ["editor", "admin"]],
  ]);
});
