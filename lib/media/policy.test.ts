import { describe } from "vitest";
import { can } from "@/lib/auth/can";
import { policyTable } from "@/test/policy-table";

describe("media policy", () => {
  policyTable([
    [
      "upload an image",
      (a) => can(a, "media:upload", undefined),
      ["writer", "other", "editor", "admin"],
    ],
    [
      "use one's own image",
      (a) => can(a, "media:use", { ownerId: a?.id ?? "" }),
      ["writer", "other", "editor", "admin"],
    ],
    [
      "use someone else's image",
      (a) => can(a, "media:use", { ownerId: "someone" }),
      ["editor", "admin"],
    ],
  ]);
});
