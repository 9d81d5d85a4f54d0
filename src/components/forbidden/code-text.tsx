import { ClusterText } from '../cluster-text/cluster-text.tsx';

// Renders Lantern's sentences, where `backticks` mark ids and names, with <code> for those
// parts. Everything stays text: API-provided ids are never interpreted as markup.
export function CodeText({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`)/g);
  return (
    <>
      {parts.map((part, index) =>
        part.length > 2 && part.startsWith('`') && part.endsWith('`') ? (
          <ClusterText key={index} as="code" text={part.slice(1, -1)} />
        ) : (
          <ClusterText key={index} text={part} />
        ),
      )}
    </>
  );
}
