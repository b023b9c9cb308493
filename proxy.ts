import { NextResponse, type NextRequest } from 'next/server';

/**
 * Answers a path with broken percent-encoding (`/place/%E0%A4%A`) with a plain 400 instead of
 * letting the router fail on it with a 500. Every other request passes through untouched.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return new NextResponse(BAD_ADDRESS_PAGE, {
      status: 400,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    });
  }
}

// Fixed text: nothing from the request is echoed back.
const BAD_ADDRESS_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Bad address · BJO Atlas</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<body style="font-family:system-ui,sans-serif;margin:2rem"><h1>Bad address</h1>
<p>This link has broken percent-encoding, so it names no place or province.</p>
<p><a href="/en">Back to the map of the office</a></p>
<p lang="zh-Hant">此連結的百分號編碼有誤，不指向任何地點或省份。<a href="/">返回辦事處地圖</a></p></body></html>`;

export const config = {
  matcher: [
    '/place/:path*',
    '/region/:path*',
    '/:lang(en|zh-hans)/place/:path*',
    '/:lang(en|zh-hans)/region/:path*',
  ],
};
