// Line icons for the five reactions: emoji fonts differ between devices (and some lack 👍 or 💡),
// an inline SVG looks the same everywhere and takes the button's colour.

const FACE = <circle cx="12" cy="12" r="9" />;

const PATHS: Record<string, React.ReactNode> = {
  SUKA: <path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z" />,
  TERINSPIRASI: (
    <>
      <path d="M9 17h6M10 20h4" />
      <path d="M12 3a6 6 0 0 0-3.5 10.9c.3.3.5.7.5 1.1v1h6v-1c0-.4.2-.8.5-1.1A6 6 0 0 0 12 3z" />
    </>
  ),
  SEDIH: (
    <>
      {FACE}
      <path d="M8.5 16.5a4.5 4.5 0 0 1 7 0M9 10h.01M15 10h.01" />
      <path d="M16.5 12.5c.6.9.9 1.5.9 2a.9.9 0 0 1-1.8 0c0-.5.3-1.1.9-2z" />
    </>
  ),
  MARAH: (
    <>
      {FACE}
      <path d="M8.5 16.5a4.5 4.5 0 0 1 7 0M7.5 8.5l3 1.5M16.5 8.5l-3 1.5M9.5 11.5h.01M14.5 11.5h.01" />
    </>
  ),
  LUCU: (
    <>
      {FACE}
      <path d="M7.5 13h9a4.5 4.5 0 0 1-9 0zM8.5 9.5l1.5-1 1.5 1M12.5 9.5l1.5-1 1.5 1" />
    </>
  ),
};

export function ReactionIcon({ kind }: { kind: string }) {
  return (
    <svg
      className="reaction-icon"
      viewBox="0 0 24 24"
      width="26"
      height="26"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[kind]}
    </svg>
  );
}
