// The little the services read from a URI string: its scheme and its path. Adapters make the strings
// with the host's own URI type, so these never have to parse more.

/** The scheme of a URI string ('file', 'untitled', …). */
export function schemeOf(uri: string): string {
  const colon = uri.indexOf(':');
  return colon < 0 ? '' : uri.slice(0, colon);
}

/** The path of a URI string: after the scheme and authority, before the query and fragment. */
export function pathOf(uri: string): string {
  let rest = uri.slice(uri.indexOf(':') + 1);
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    rest = slash < 0 ? '' : rest.slice(slash);
  }
  const end = rest.search(/[?#]/);
  return end < 0 ? rest : rest.slice(0, end);
}
