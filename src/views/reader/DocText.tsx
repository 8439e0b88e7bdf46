// The cleaned text, line by line, with marks; optionally the raw source line beside each line.
// The highlighted span (a selected task or a cited ?at= range) is scrolled into view.
// Progressive: the first render marks up only the lines around the highlight (what the reader sees
// first); the other lines start as plain text — the same characters, so the same height and no
// jump — and get their marks in idle time. Each line is its own memo'd row, so picking a mark or
// moving the highlight re-renders only the rows it touches, never the whole text.
import { memo, startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { PolicyDocument } from '../../shared/schema';
import { segment, type Mark } from './annotations';
import DocRow, { type Span } from './DocRow';
import { whenIdle } from '../../kernel/lib/idle';

interface Props {
  doc: PolicyDocument;
  marks: Mark[];
  highlight: { start: number; end: number } | null;
  showRaw: boolean;
  selected: Mark | null;
  onPick: (m: Mark) => void;
}

/** Lines marked up on the first render, either side of the highlighted line (a screenful and more). */
const FIRST_WINDOW = 12;

const overlaps = (s: Span | null, start: number, end: number) => !!s && s.start < end && s.end > start;

function DocText({ doc, marks, highlight, showRaw, selected, onPick }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const segs = useMemo(() => doc.lines.map((line) => segment(line.start, line.end, marks)), [doc, marks]);
  // Which line the reader lands on: fixed per document and landing, so the window does not move
  // while the user clicks around (all lines are full by then anyway).
  const [full, setFull] = useState<{ docId: string; all: boolean }>({ docId: doc.id, all: false });
  const all = full.docId === doc.id && full.all;
  const focusLine = useMemo(() => {
    if (!highlight) return 0;
    const i = doc.lines.findIndex((l) => l.end > highlight.start);
    return i < 0 ? 0 : i;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the first landing matters (not highlight); later highlights find all lines marked up.
  }, [doc]);

  useEffect(() => {
    if (all) return;
    return whenIdle(() => startTransition(() => setFull({ docId: doc.id, all: true })), { timeout: 300 });
  }, [all, doc.id]);

  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('.is-highlighted');
    // 'center' keeps the sentence clear of the sticky header on a 768-px-high laptop screen.
    first?.scrollIntoView({ block: 'center' });
  }, [highlight?.start, highlight?.end, doc.id]);

  return (
    // aria-busy until every line has its marks (tests wait for it before reading all marks).
    <div className="doc-text" ref={ref} aria-busy={all ? undefined : true}>
      {doc.lines.map((line, i) => {
        const hl = overlaps(highlight, line.start, line.end) ? highlight : null;
        const sel = overlaps(selected, line.start, line.end) ? selected : null;
        // A highlight or selection always gets its marks, even before the idle pass.
        const marked = all || Math.abs(i - focusLine) <= FIRST_WINDOW || hl !== null || sel !== null;
        return (
          <DocRow key={i} doc={doc} line={line} segs={marked ? segs[i] : null} highlight={hl} selected={sel} showRaw={showRaw} onPick={onPick} />
        );
      })}
    </div>
  );
}

export default memo(DocText);
