'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { toShareLinks } from '@/lib/url/share-links';

type Status = 'idle' | 'copied' | 'snippetCopied' | 'failed';

/**
 * Shares the link to what is on screen: the native share sheet where there is one, else the
 * clipboard, with a visible confirmation. Also offers an embed snippet in a small dialog that
 * fits a phone, copies with one button, and closes with Escape, giving focus back.
 */
export default function ShareButton() {
  const t = useTranslations('Share');
  const [status, setStatus] = useState<Status>('idle');
  const [snippet, setSnippet] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);

  async function copy(text: string, done: Status) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus('failed');
    }
  }

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
    await copy(url, 'copied');
  }

  function close() {
    setSnippet(null);
    opener.current?.focus();
  }

  useEffect(() => {
    if (snippet === null) return;
    box.current?.querySelector('textarea')?.focus();
    function onKeyDown(e: KeyboardEvent) {
      if (e.key !== 'Escape') return;
      // Escape closes the dialog, not the selection behind it.
      e.preventDefault();
      e.stopPropagation();
      close();
    }
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [snippet]);

  return (
    <div className="share">
      <button type="button" onClick={share}>
        {t('share')}
      </button>
      <button
        ref={opener}
        type="button"
        aria-expanded={snippet !== null}
        aria-controls="embed-box"
        onClick={() =>
          snippet === null
            ? setSnippet(toShareLinks(window.location.href, t('embedTitle')).embedSnippet)
            : close()
        }
      >
        {t('embed')}
      </button>
      <span role="status" className="share-status">
        {status === 'copied' && t('copied')}
        {status === 'snippetCopied' && t('snippetCopied')}
        {status === 'failed' && t('failed')}
      </span>
      {snippet !== null && (
        <div
          ref={box}
          id="embed-box"
          className="embed-box"
          role="dialog"
          aria-labelledby="embed-snippet-label"
        >
          <label id="embed-snippet-label" htmlFor="embed-snippet">
            {t('embedLabel')}
          </label>
          <textarea
            id="embed-snippet"
            readOnly
            rows={4}
            value={snippet}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" onClick={() => void copy(snippet, 'snippetCopied')}>
            {t('copy')}
          </button>
        </div>
      )}
    </div>
  );
}
