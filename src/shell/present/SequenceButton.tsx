// The header's 演示序列 button: opens the sequence panel (its code loads then, not before).
import { setSequencePanelOpen, useSequencePanelOpen } from './panel-state';
import { s } from './strings';

export default function SequenceButton() {
  const open = useSequencePanelOpen();
  return (
    <button type="button" className="seq-toggle" aria-expanded={open} title={s.toggleTitle} data-testid="seq-toggle" onClick={() => setSequencePanelOpen(!open)}>
      {s.toggle}
    </button>
  );
}
