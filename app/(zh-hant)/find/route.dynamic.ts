import { answerFind } from '@/lib/finder/find-route';

// `.dynamic.ts`: built by `next build` only (next.config.ts), not into the static export.
export function GET(request: Request) {
  return answerFind(request, 'zh-Hant');
}
