import { answerFind } from '@/lib/finder/find-route';
import { localeFromSegment } from '@/lib/i18n/locales';

// `.dynamic.ts`: built by `next build` only (next.config.ts), not into the static export.
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (locale !== 'en' && locale !== 'zh-hans') return new Response('Not found', { status: 404 });
  return answerFind(request, localeFromSegment(locale));
}
