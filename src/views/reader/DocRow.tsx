// One line of the reader: its segments with their marks (click or Enter/Space picks one), or —
// before the progressive render reaches it — the plain text of the line.
import { memo, type KeyboardEvent } from 'react';
import type { PolicyDocument } from '../../shared/schema';
import { t } from './strings';
import { primaryMark, type Mark, type Segment } from './annotations';

export interface Span {
  start: number;
  end: number;
}

interface Props {
  doc: PolicyDocument;
  line: PolicyDocument['lines'][number];
  /** null: not marked up yet, render the plain text. */
  segs: Segment[] | null;
  /** The highlight, only when it touches this line (so other rows keep equal props). */
  highlight: Span | null;
  /** The selected mark, only when it lies in this line. */
  selected: Mark | null;
  showRaw: boolean;
  onPick: (m: Mark) => void;
}

const sameMark = (a: Mark | null, b: Mark) => !!a && a.kind === b.kind && a.ref === b.ref && a.start === b.start;

function DocRow({ doc, line, segs, highlight, selected, showRaw, onPick }: Props) {
  return (
    <div className={showRaw ? 'doc-row with-raw' : 'doc-row'} data-raw-line={line.rawLine}>
      <p className="doc-line">
        {segs === null
          ? doc.text.slice(line.start, line.end)
          : segs.map((s) => {
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
                  title={d ? `${t.reader.original}：${d.original}\u3000${t.reader.reason}：${d.reason ?? t.common.notStated}` : undefined}
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
}

export default memo(DocRow);
