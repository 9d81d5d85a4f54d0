// Small 20px glyphs for the header actions; drawn here so the shell needs no icon package.
interface IconProps {
  size?: number;
}

export function ListIcon({ size = 20 }: IconProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false" fill="currentColor">
      <rect x="3" y="4" width="2" height="2" />
      <rect x="7" y="4" width="10" height="2" />
      <rect x="3" y="9" width="2" height="2" />
      <rect x="7" y="9" width="10" height="2" />
      <rect x="3" y="14" width="2" height="2" />
      <rect x="7" y="14" width="10" height="2" />
    </svg>
  );
}

export function UserIcon({ size = 20 }: IconProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false" fill="currentColor">
      <circle cx="10" cy="6.5" r="3.5" />
      <path d="M3 18c0-3.9 3.1-6.5 7-6.5s7 2.6 7 6.5h-2c0-2.8-2.2-4.5-5-4.5s-5 1.7-5 4.5z" />
    </svg>
  );
}

export function ContrastIcon({ size = 20 }: IconProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false" fill="currentColor">
      <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm0 14.5V3.5a6.5 6.5 0 0 1 0 13z" />
    </svg>
  );
}

export function CloseIcon({ size = 20 }: IconProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false" fill="currentColor">
      <path d="M15.3 3.3 10 8.6 4.7 3.3 3.3 4.7 8.6 10l-5.3 5.3 1.4 1.4 5.3-5.3 5.3 5.3 1.4-1.4-5.3-5.3 5.3-5.3z" />
    </svg>
  );
}
