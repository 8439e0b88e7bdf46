// 导入文件: a button that opens the file picker (several files at once); the files go to the queue.
import { useRef } from 'react';
import { runner } from './jobs-store';
import { importStrings as s } from './strings';

export default function ImportButton() {
  const input = useRef<HTMLInputElement | null>(null);
  return (
    <div className="import-entry">
      <button type="button" className="import-button" onClick={() => input.current?.click()} aria-describedby="import-hint">
        {s.button}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        data-testid="import-input"
        accept=".txt,.text,.html,.htm,.shtml,.docx,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          if (files.length) void runner().then((r) => r.importFiles(files));
        }}
      />
      <p id="import-hint" className="import-hint">{s.hint}</p>
    </div>
  );
}
