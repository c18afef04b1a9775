// The Concept Graph page's HTML and its Content Security Policy. No vscode here: the host passes the
// URIs and the CSP source as strings, so the webview test (test/webview/graph.test.mjs) serves exactly
// this page and a change to the CSP is what that test exercises.

export interface GraphPageInput {
  /** media/graph.js as the webview sees it (webview.asWebviewUri). */
  scriptUri: string;
  /** media/graph.css as the webview sees it. */
  styleUri: string;
  /** webview.cspSource: where the page may load its stylesheet, fonts and images from. */
  cspSource: string;
  /** A fresh random value per page: only the script carrying it runs. */
  nonce: string;
  /** The page's lang attribute. */
  lang: string;
}

/** The policy: nothing by default, the page's own stylesheet and images, and only the nonced script. */
export function graphPageCsp({ cspSource, nonce }: Pick<GraphPageInput, 'cspSource' | 'nonce'>): string {
  return [`default-src 'none'`, `img-src ${cspSource} data: blob:`, `style-src ${cspSource}`, `font-src ${cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
}

export function graphPageHtml(input: GraphPageInput): string {
  const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  // The stylesheet's id stops cytoscape from injecting an inline <style>, which the CSP forbids.
  return `<!DOCTYPE html>
<html lang="${attr(input.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(graphPageCsp(input))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link id="__________cytoscape_stylesheet" rel="stylesheet" href="${attr(input.styleUri)}">
</head>
<body>
<div id="app"></div>
<script nonce="${attr(input.nonce)}" src="${attr(input.scriptUri)}"></script>
</body>
</html>`;
}

/** A nonce: 18 random bytes in base64 without the characters that would need escaping. */
export function makeNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, '');
}
