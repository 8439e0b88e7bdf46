// The cleaned text, line by line, with marks; optionally the raw source line beside each line.
// The highlighted span (a selected task or a cited ?at= range) is scrolled into view.
import { memo, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { PolicyDocument } from '../../shared/schema';
import { t } from '../../app/i18n/strings';
import { primaryMark, segment, type Mark } from './annotations';

interface Props {
  doc: PolicyDocument;
  marks: Mark[];
  highlight: { start: number; end: number } | null;
  showRaw: boolean;
  selected: Mark | null;
  onPick: (m: Mark) => void;
}

const sameMark = (a: Mark | null, b: Mark) => !!a && a.kind === b.kind && a.ref === b.ref && a.start === b.start;

function DocText({ doc, marks, highlight, showRaw, selected, onPick }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('.is-highlighted');
    // 'center' keeps the sentence clear of the sticky header on a 768-px-high laptop screen.
    first?.scrollIntoView({ block: 'center' });
  }, [highlight?.start, highlight?.end, doc.id]);

  const rows = useMemo(
    () =>
      doc.lines.map((line, i) => {
        const segs = segment(line.start, line.end, marks);
        return (
          <div className={showRaw ? 'doc-row with-raw' : 'doc-row'} key={i} data-raw-line={line.rawLine}>
            <p className="doc-line">
              {segs.map((s) => {
                const text = doc.text.slice(s.start, s.end);
                const hl = highlight && s.start < highlight.end && s.end > highlight.start;
                const classes = s.marks.map((m) => `mark-${m.kind}`);
                if (hl) classes.push('is-highlighted');
                const main = primaryMark(s.marks);
                // A selected task is shown by the highlight; a frame on each of its pieces would be noise.
                if (main && main.kind !== 'task' && sameMark(selected, main)) classes.push('is-selected');
                if (!main) return hl ? <span key={s.start} className={classes.join(' ')}>{text}</span> : text;
                const damage = s.marks.find((m) => m.kind === 'damage');
                const d = damage ? doc.damage[Number(damage.ref)] : null;
                return (
                  <span
                    key={s.start}
                    className={classes.join(' ')}
                    role="button"
                    tabIndex={main.kind === 'task' ? -1 : 0}
                    data-kind={main.kind}
                    title={d ? `${t.reader.original}：${d.original}　${t.reader.reason}：${d.reason ?? t.common.notStated}` : undefined}
                    onClick={(e) => {
                      e.stopPropagation();
                      onPick(main);
                    }}
                    onKeyDown={(e: KeyboardEvent) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        onPick(main);
                      }
                    }}
                  >
                    {text}
                  </span>
                );
              })}
            </p>
            {showRaw && (
              <p className="raw-line" lang="zh-Hant" aria-label={t.reader.rawLine(line.rawLine)}>
                <span className="raw-no">{line.rawLine}</span>
                {doc.rawLines[line.rawLine - 1] ?? ''}
              </p>
            )}
          </div>
        );
      }),
    [doc, marks, highlight, showRaw, selected, onPick],
  );
  return (
    <div className="doc-text" ref={ref}>
      {rows}
    </div>
  );
}

export default memo(DocText);
