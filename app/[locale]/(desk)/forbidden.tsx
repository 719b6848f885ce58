import { DeskForbiddenContent } from "./forbidden-content";

/** What a signed-in non-editor sees on a desk page (HTTP 403). */
export default function DeskForbidden() {
  return <DeskForbiddenContent />;
}
