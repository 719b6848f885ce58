// TEMPORARY page for checking the editor by hand and with Playwright. Delete before merging.
import { Playground } from "./playground";

export const dynamic = "force-dynamic";

export default function EditorPlaygroundPage() {
  return (
    <main style={{ maxWidth: 860, margin: "0 auto", padding: "1rem" }}>
      <h1>Editor (uji coba)</h1>
      <Playground />
    </main>
  );
}
