import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { translateServerText } from "./server-text";

// Every text the server can send a person, found where it is written, must have English: a new
// AppError or zod message without a line in lib/i18n/server-messages/*.json fails here, not in
// the UI.

const root = path.resolve(__dirname, "../..");

// The comments area (lib/i18n/server-messages/comments.json) is covered by
// lib/comments/english-server-text.test.ts, which also checks the refusal texts built at runtime.
const NOT_OURS = [
  /^lib\/comments\//,
  /^app\/api\/comments\//,
  /\/redaksi\/komentar\//,
  /^lib\/generated\//,
];
// Zod's checks whose last argument is the message shown for the field.
const ZOD_CHECKS = new Set([
  "min",
  "max",
  "length",
  "regex",
  "refine",
  "email",
  "url",
  "nonempty",
  "int",
  "positive",
  "nonnegative",
  "gte",
  "lte",
]);

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) sourceFiles(file, out);
    else if (/(?<!\.test|\.d)\.ts$/.test(entry.name) && !NOT_OURS.some((re) => re.test(file)))
      out.push(file);
  }
  return out;
}

/** A literal's text, each `${…}` of a template written as {x}; null for anything else. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((span) => `{x}${span.literal.text}`).join("");
  return null;
}

function literalsIn(node: ts.Node, out: string[] = []): string[] {
  const text = literalText(node);
  if (text !== null) out.push(text);
  else ts.forEachChild(node, (child) => void literalsIn(child, out));
  return out;
}

function serverTexts(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(path.join(root, file), "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const isActions = /actions\.ts$/.test(file);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && node.expression.getText() === "AppError") {
      const message = node.arguments?.[1] && literalText(node.arguments[1]);
      if (message) found.push(message);
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ZOD_CHECKS.has(node.expression.name.text) &&
      node.arguments.length > 0
    ) {
      const message = literalText(node.arguments[node.arguments.length - 1]);
      if (message) found.push(message);
    } else if (
      ts.isPropertyAssignment(node) &&
      ["message", "error"].includes(node.name.getText())
    ) {
      // An action's message may be a function of its output: every text it can return.
      const message = literalText(node.initializer);
      if (message) found.push(message);
      else if (isActions && node.name.getText() === "message")
        found.push(...literalsIn(node.initializer));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // Codes ("FORBIDDEN"), paths ("/masuk") and prefixes are not sentences a person reads.
  return found.filter((text) => /\p{L}+\s+\p{L}/u.test(text) && !MACHINE_TEXT.has(text));
}

// Said to machines, never shown: the health check's status of a module.
const MACHINE_TEXT = new Set(["not loaded"]);

const texts = [
  ...new Set(["lib", "app"].flatMap((dir) => sourceFiles(dir)).flatMap(serverTexts)),
].sort();

describe("server text coverage", () => {
  it("finds the server's messages where they are written", () => {
    expect(texts.length).toBeGreaterThan(150);
    expect(texts).toContain("Silakan masuk terlebih dahulu.");
    expect(texts).toContain("{x} sudah dinonaktifkan.");
  });

  it("has English for every AppError, zod and action message", () => {
    expect(texts.filter((text) => translateServerText("en", text) === text)).toEqual([]);
  });
});
