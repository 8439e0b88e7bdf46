// Drag-and-drop anywhere on the page: while files are dragged over the window an overlay says what
// will happen; dropping queues them for import. Drags of text or links (not files) are left alone.
import { useEffect, useState } from 'react';
import { runner } from './jobs-store';
import { importStrings as s } from './strings';

const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');

export default function DropOverlay() {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setShown(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setShown(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setShown(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length) void runner().then((r) => r.importFiles(files));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  if (!shown) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-live="polite">
      <div>
        <p className="drop-title">{s.dropTitle}</p>
        <p>{s.dropHint}</p>
      </div>
    </div>
  );
}
