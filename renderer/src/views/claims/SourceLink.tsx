import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { describeError } from '../../files/describe-error';
import { useUiStore } from '../../state/ui-store';

const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

/**
 * A claim's source: an http(s) address opens in the OS browser from the desktop app (the shell denies new windows),
 * as a link in the browser host; any other citation is shown as text.
 */
export function SourceLink({ source, label }: { source: string; label: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const host = useUiStore((s) => s.appInfo?.host);
  if (!isWebAddress(source)) return <>{source}</>;
  if (host === 'electron')
    return (
      <button
        type="button"
        className="link-button"
        title={source}
        onClick={() =>
          void api
            .openExternal({ url: source })
            .catch((error: unknown) => useUiStore.getState().error(describeError(t, error)))
        }
      >
        {label}
      </button>
    );
  return (
    <a href={source} target="_blank" rel="noopener noreferrer" title={source}>
      {label}
    </a>
  );
}
