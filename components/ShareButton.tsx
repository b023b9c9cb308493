'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { toShareLinks } from '@/lib/url/share-links';

type Status = 'idle' | 'copied' | 'failed';

/**
 * Shares the link to what is on screen: the native share sheet where there is one, else the
 * clipboard, with a visible confirmation. Also offers an embed snippet.
 */
export default function ShareButton() {
  const t = useTranslations('Share');
  const [status, setStatus] = useState<Status>('idle');
  const [snippet, setSnippet] = useState<string | null>(null);

  async function share() {
    const { url } = toShareLinks(window.location.href, t('embedTitle'));
    if (navigator.share) {
      try {
        await navigator.share({ title: document.title, url });
        return;
      } catch (error) {
        if ((error as Error).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <div className="share">
      <button type="button" onClick={share}>
        {t('share')}
      </button>
      <button
        type="button"
        aria-expanded={snippet !== null}
        onClick={() =>
          setSnippet(
            snippet === null
              ? toShareLinks(window.location.href, t('embedTitle')).embedSnippet
              : null,
          )
        }
      >
        {t('embed')}
      </button>
      <span role="status" className="share-status">
        {status === 'copied' && t('copied')}
        {status === 'failed' && t('failed')}
      </span>
      {snippet !== null && (
        <div className="embed-box">
          <label htmlFor="embed-snippet">{t('embedLabel')}</label>
          <textarea
            id="embed-snippet"
            readOnly
            rows={3}
            value={snippet}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
    </div>
  );
}
