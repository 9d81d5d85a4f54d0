import { createContext, useContext, useEffect, type MouseEvent } from 'react';

/**
 * A page's own skip link, shown in the header right after the navigation, so the keyboard reaches
 * the page's main thing (the task list) in a few Tab presses instead of walking every filter first.
 */
export interface PageSkipLinkTarget {
  label: string;
  /** The element the link points at, for the URL fragment when script is not the one handling it. */
  targetId: string;
  /** Moves the focus where the user wants to land (e.g. the current task, not the list's frame). */
  activate: () => void;
}

export const SkipLinkContext = createContext<(target: PageSkipLinkTarget | null) => void>(() => {});

/** Registers the page's skip link while the page is shown; `target` must be stable (memoized). */
export function usePageSkipLink(target: PageSkipLinkTarget): void {
  const register = useContext(SkipLinkContext);
  useEffect(() => {
    register(target);
    return () => register(null);
  }, [register, target]);
}

export function PageSkipLink({ target }: { target: PageSkipLinkTarget }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    target.activate();
  };
  return (
    <a className="cds--skip-to-content" href={`#${target.targetId}`} onClick={onClick}>
      {target.label}
    </a>
  );
}
