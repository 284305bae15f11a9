import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  children: ReactNode;
  /** Called when the person asks to reload the editor (from the last good Doc). */
  onReload(): void;
}

/**
 * Catches a crash of the editor's React tree (Lexical errors inside updates are handled by the
 * editor's own onError and never get here). The document is not lost: every change was already
 * sent through onChange, and "reload" remounts the editor from the last good Doc.
 */
export class EditorErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Body editor crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Fallback
        onReload={() => {
          this.setState({ failed: false });
          this.props.onReload();
        }}
      />
    );
  }
}

function Fallback({ onReload }: { onReload(): void }) {
  const { t } = useI18n();
  return (
    <div className="ge-crashed notice notice-error" role="alert" data-testid="editor-crashed">
      <span>{t('editor.error.crashed')}</span>
      <button type="button" onClick={onReload} data-testid="editor-reload">
        {t('editor.error.reload')}
      </button>
    </div>
  );
}
