// The header's 演示序列 button: opens the sequence panel (its code loads then, not before).
import { setSequencePanelOpen, useSequencePanelOpen } from './panel-state';
import { t } from '../../kernel/i18n/strings';

export default function SequenceButton() {
  const open = useSequencePanelOpen();
  return (
    <button type="button" className="seq-toggle" aria-expanded={open} title={t.nav.sequenceTitle} data-testid="seq-toggle" onClick={() => setSequencePanelOpen(!open)}>
      {t.nav.sequence}
    </button>
  );
}
