// The one place a render error or a failed lazy chunk ends up: the shell (header, navigation)
// stays, and the page area says what failed, with 重新加载 and 返回. Without it React unmounts the
// whole tree and the page goes blank — header included — and Back shows the same blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../i18n/strings';
import { claimAutoReload, isChunkLoadError, sessionStorageOrNull } from './chunk-error';
import { goBack } from './go-back';
import { LoadAttempt, nextLoadAttempt } from './lazy-view';
import './resilience.css';

interface Props {
  /** What the user was opening, in their words: 地图, 责任矩阵, a chart's title. */
  what: string;
  /** Changes when the user navigates (path + query): a new location gets a fresh try. */
  resetKey: string;
  /** 'view' fills the page area; 'chart' stays inside the chart's box. */
  scope?: 'view' | 'chart';
  /** Test seam: the reload the buttons and the stale-chunk recovery use. */
  reload?: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** The resetKey the error happened under. */
  key: string;
  /** An automatic reload is under way: show nothing new, the page is about to be replaced. */
  reloading: boolean;
  /** See LoadAttempt: a failed lazy chunk is asked for again only under a new attempt. */
  attempt: number;
}

const defaultReload = () => window.location.reload();

export default class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, key: '', reloading: false, attempt: nextLoadAttempt() };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    // Navigating away (Back, a header link) clears the error: the new location renders normally.
    if (state.error && state.key !== props.resetKey) return { error: null, key: props.resetKey, reloading: false, attempt: nextLoadAttempt() };
    if (!state.error && state.key !== props.resetKey) return { key: props.resetKey };
    return null;
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`[${this.props.what}]`, error, info.componentStack ?? '');
    if (this.props.scope !== 'chart' && isChunkLoadError(error) && claimAutoReload(sessionStorageOrNull(), navigator.onLine, Date.now())) {
      this.setState({ reloading: true });
      (this.props.reload ?? defaultReload)();
    }
  }

  render() {
    const { error, reloading } = this.state;
    if (!error) return <LoadAttempt.Provider value={this.state.attempt}>{this.props.children}</LoadAttempt.Provider>;
    if (reloading) return null;
    const chunk = isChunkLoadError(error);
    const chart = this.props.scope === 'chart';
    const offline = typeof navigator !== 'undefined' && !navigator.onLine;
    return (
      <section className={chart ? 'error-panel view-error chart-error' : 'error-panel view-error'} role="alert" data-testid="view-error">
        <h2>{chart ? t.resilience.chartFailed(this.props.what) : t.resilience.viewFailed(this.props.what)}</h2>
        <p>{chunk ? t.resilience.chunkFailed : chart ? t.resilience.chartRenderFailed : t.resilience.renderFailed}</p>
        {offline && <p>{t.resilience.offlineHint}</p>}
        <details>
          <summary>{t.resilience.detail}</summary>
          <code>{error.message}</code>
        </details>
        <p className="view-error-actions">
          <button type="button" onClick={this.props.reload ?? defaultReload}>
            {t.resilience.reload}
          </button>
          {!chart && (
            <button type="button" onClick={goBack}>
              {t.resilience.back}
            </button>
          )}
        </p>
      </section>
    );
  }
}
