// File URIs spelled as VS Code spells them (vscode.Uri.file(path).toString()), for files the index worker
// finds by walking a folder itself: the index keys files by URI, and an open document, a watcher event
// or a Shift+F12 location names the same file in VS Code's spelling. VS Code keeps only the unreserved
// characters (A-Z a-z 0-9 - . _ ~) and the path's slashes, and percent-encodes every other character
// (UTF-8, upper-case hex), ':' and '@' included. No vscode, no Node.

/** One path segment (no slash) as VS Code encodes it. */
export function encodePathSegment(segment: string): string {
  // encodeURIComponent keeps ! ' ( ) * besides the unreserved characters: VS Code encodes them too.
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** The URI of a file at `relPath` ('/'-separated) under the folder whose URI is `folderUri`. */
export function fileUriUnder(folderUri: string, relPath: string): string {
  const root = folderUri.endsWith('/') ? folderUri.slice(0, -1) : folderUri;
  return root + '/' + relPath.split('/').map(encodePathSegment).join('/');
}

/** Whether `uri` lies in one of `folders` (URIs without a trailing slash) or below: looked up by its parent folders. */
export function isInFolders(uri: string, folders: ReadonlySet<string>): boolean {
  for (let slash = uri.lastIndexOf('/'); slash > 0; slash = uri.lastIndexOf('/', slash - 1)) if (folders.has(uri.slice(0, slash))) return true;
  return false;
}
