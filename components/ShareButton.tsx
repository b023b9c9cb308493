'use client';

import { useState } from 'react';
import { toShareLinks } from '@/lib/view/share-links';

type Status = 'idle' | 'copied' | 'failed';

/**
 * Shares the link to what is on screen: the native share sheet where there is one, else the
 * clipboard, with a visible confirmation. Also offers an embed snippet.
 */
export default function ShareButton() {
  const [status, setStatus] = useState<Status>('idle');
  const [snippet, setSnippet] = useState<string | null>(null);

  async function share() {
    const { url } = toShareLinks(window.location.href);
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
        Share
      </button>
      <button
        type="button"
        aria-expanded={snippet !== null}
        onClick={() =>
          setSnippet(snippet === null ? toShareLinks(window.location.href).embedSnippet : null)
        }
      >
        Embed
      </button>
      <span role="status" className="share-status">
        {status === 'copied' && 'Link copied'}
        {status === 'failed' && 'Copy failed: copy the address bar'}
      </span>
      {snippet !== null && (
        <div className="embed-box">
          <label htmlFor="embed-snippet">Embed this map</label>
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
