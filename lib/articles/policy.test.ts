import { describe } from "vitest";
import { can } from "@/lib/auth/can";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { policyTable } from "@/test/policy-table";

const article = (status: ArticleStatus) => ({ writerId: "writer", status });

describe("article policy", () => {
  policyTable([
    [
      "read a published article",
      (a) => can(a, "article:read", article("PUBLISHED")),
      ["visitor", "writer", "other", "editor", "admin", "suspendedWriter", "suspendedEditor"],
    ],
    [
      "read a draft",
      (a) => can(a, "article:read", article("DRAFT")),
      ["writer", "editor", "admin", "suspendedWriter", "suspendedEditor"],
    ],
    [
      "create a draft",
      (a) => can(a, "article:create", undefined),
      ["writer", "other", "editor", "admin"],
    ],
    [
      "list one's own articles",
      (a) => can(a, "article:list-own", undefined),
      ["writer", "other", "editor", "admin", "suspendedWriter", "suspendedEditor"],
    ],
    [
      "open a submission",
      (a) => can(a, "article:open", article("SUBMITTED")),
      ["writer", "editor", "admin"],
    ],
    ["edit a draft", (a) => can(a, "article:edit", article("DRAFT")), ["writer"]],
    [
      "edit after changes were requested",
      (a) => can(a, "article:edit", article("CHANGES_REQUESTED")),
      ["writer", "editor", "admin"],
    ],
    [
      "edit a published article",
      (a) => can(a, "article:edit", article("PUBLISHED")),
      ["editor", "admin"],
    ],
    ["submit a draft", (a) => can(a, "article:submit", article("DRAFT")), ["writer"]],
    ["submit a published article", (a) => can(a, "article:submit", article("PUBLISHED")), []],
    ["withdraw a submission", (a) => can(a, "article:withdraw", article("SUBMITTED")), ["writer"]],
    ["withdraw one under review", (a) => can(a, "article:withdraw", article("IN_REVIEW")), []],
    [
      "review a submission",
      (a) => can(a, "article:review", article("SUBMITTED")),
      ["editor", "admin"],
    ],
    [
      "publish a submission",
      (a) => can(a, "article:publish", article("SUBMITTED")),
      ["editor", "admin"],
    ],
    [
      "feature a published article",
      (a) => can(a, "article:feature", article("PUBLISHED")),
      ["editor", "admin"],
    ],
    ["feature a submission", (a) => can(a, "article:feature", article("SUBMITTED")), []],
    [
      "unpublish a published article",
      (a) => can(a, "article:unpublish", article("PUBLISHED")),
      ["editor", "admin"],
    ],
    ["unpublish a draft", (a) => can(a, "article:unpublish", article("DRAFT")), []],
    ["enter the desk", (a) => can(a, "desk:enter", undefined), ["editor", "admin"]],
  ]);
});
