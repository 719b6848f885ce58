import { describe } from "vitest";
import { can } from "@/lib/auth/can";
import { policyTable } from "@/test/policy-table";

describe("media policy", () => {
  policyTable([
    [
      "choose from one's images",
      (a) => can(a, "media:browse", undefined),
      ["writer", "other", "editor", "admin"],
    ],
    [
      "upload with a verified address",
      (a) => can(a, "media:upload", { id: a?.id ?? "", emailVerifiedAt: new Date() }),
      ["writer", "other", "editor", "admin"],
    ],
    [
      "upload with an unverified address",
      (a) => can(a, "media:upload", { id: a?.id ?? "", emailVerifiedAt: null }),
      [],
    ],
    [
      "upload as someone else",
      (a) => can(a, "media:upload", { id: "someone", emailVerifiedAt: new Date() }),
      [],
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
