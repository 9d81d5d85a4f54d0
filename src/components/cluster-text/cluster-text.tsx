import { splitBidiControls } from '../../lib/format/bidi-controls.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import './cluster-text.scss';

/**
 * Text that came from a cluster, shown as what it is: isolated from the text around it, and with
 * any bidi control drawn as a small named marker ("RLO") instead of reordering the letters.
 */
export function ClusterText({ text, as: Element = 'bdi' }: { text: string; as?: 'bdi' | 'code' }) {
  const t = useT();
  const parts = splitBidiControls(text);
  return (
    <Element className="cluster-text">
      {parts.map((part, index) =>
        part.kind === 'text' ? (
          part.text
        ) : (
          <abbr
            key={index}
            className="cluster-text__control"
            title={t('common.bidiControl', { codePoint: part.codePoint, name: part.name })}
          >
            {part.name}
          </abbr>
        ),
      )}
    </Element>
  );
}
