/** Links to the download route (client-safe), so other slices never spell the path by hand. */
export function documentDownloadUrl(documentId: string): string {
  return `/api/documents/${encodeURIComponent(documentId)}`;
}

/** For an <iframe>/<img> in the handler console (or the owner's preview): served inline, sandboxed. */
export function documentInlineUrl(documentId: string): string {
  return `${documentDownloadUrl(documentId)}?inline=1`;
}
