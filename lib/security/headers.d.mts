export type Header = [name: string, value: string];

export function inlineScriptHashes(html: string): string[];
export function tileOrigin(url: string): string | null;
export function contentSecurityPolicy(options: {
  scriptHashes: readonly string[];
  frameable: boolean;
  tileOrigin: string | null;
  development?: boolean;
  meta?: boolean;
}): string;
export function framingPolicy(options: { frameable: boolean }): string;
export function isHttpsSite(siteUrl: string | undefined): boolean;
export function baseHeaders(options: { siteUrl: string | undefined }): Header[];
export function pageHeaders(options: {
  scriptHashes: readonly string[];
  frameable: boolean;
  tileOrigin: string | null;
  siteUrl: string | undefined;
  development?: boolean;
}): Header[];
export function fileHeaders(options: { siteUrl: string | undefined }): Header[];
export const IMMUTABLE: string;
export const ALLOWED_METHODS: readonly string[];
export function siteUrlProblem(siteUrl: string | undefined): string | null;
export function siteOrigin(siteUrl: string | undefined): string;
