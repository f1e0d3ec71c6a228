// No Node imports: the share page runs these rules in the browser, the check and the build in Node.

const safeUrl = /^(?:https?:|mailto:|#|\.{0,2}\/(?!\/)|[^:/?#]+(?:[/?#]|$))/i;

/**
 * The scheme rule for every link of every output (page, email, plain text, feed): http(s),
 * mailto, a fragment or a relative path. `//host` is not relative: it leaves the site.
 */
export function isSafeUrl(url: string): boolean {
  return safeUrl.test(url);
}

/** What a `mailto:` link may add to the address: a subject and a text, nothing that adds recipients. */
const mailtoParameters = new Set(['subject', 'body']);

/**
 * The one rule for where a link may go, for every address a contributor writes: links and images
 * in a body, `sources[].url`, `website`, a newsletter's introduction. Besides the scheme
 * (`isSafeUrl`): a `mailto:` carries at most a subject and a text (no cc, bcc or to), and a web
 * address has no user name before an `@`, which hides the host it goes to
 * (`https://www.aalsmeer.nl@evil.example/` goes to evil.example). Undefined when the link may stay.
 */
export function linkProblem(url: string): string | undefined {
  if (!isSafeUrl(url))
    return `link "${abbreviate(url)}" is not allowed; expected https://, http://, mailto: or a relative link`;
  if (/^mailto:/i.test(url)) {
    const query = url.indexOf('?');
    if (query === -1) return undefined;
    const extra = [...new URLSearchParams(url.slice(query + 1)).keys()]
      .map((name) => name.toLowerCase())
      .filter((name) => !mailtoParameters.has(name));
    return extra.length === 0
      ? undefined
      : `mailto link "${abbreviate(url)}" adds ${[...new Set(extra)].join(', ')}; a mailto link may carry only subject and body: leave out the other recipients`;
  }
  if (!/^https?:/i.test(url)) return undefined;
  const parsed = parse(url);
  if (parsed && (parsed.username || parsed.password))
    return `web address "${abbreviate(url)}" goes to ${parsed.hostname}: the part before the @ only hides where it leads; write the address without it`;
  return undefined;
}

// Text a reader takes for a web address: with a scheme or www., or a bare host name with a path.
const webAddressText = /^(?:https?:\/\/|www\.)[^\s]+$/iu;
const bareHostText = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/?#][^\s]*)?$/iu;
const emailText = /^(?:mailto:)?([^\s@]+@[^\s@]+\.[a-z]{2,})$/iu;

/**
 * A link whose text looks like an address other than the one it goes to: `[https://www.vng.nl/](https://evil.example/)`,
 * `[redactie@vng.nl](mailto:…@evil.example)`. Words as link text are fine; so is an address as
 * text for a link to that host (`www.` or not). Undefined when the text says where the link goes.
 */
export function linkTextProblem(text: string, url: string): string | undefined {
  const shown = text.trim();
  const email = emailText.exec(shown);
  if (email) {
    const target = /^mailto:([^?]*)/iu.exec(url)?.[1];
    return decode(target ?? '').toLowerCase() === email[1]!.toLowerCase()
      ? undefined
      : `link text "${abbreviate(shown)}" looks like an email address, but the link goes to "${abbreviate(url)}"; write the address the link goes to, or words`;
  }
  const web = /^https?:/iu.test(url) ? parse(url) : undefined;
  if (!webAddressText.test(shown) && !(web && bareHostText.test(shown))) return undefined;
  const shownHost = parse(/^https?:\/\//iu.test(shown) ? shown : `https://${shown}`)?.hostname;
  if (!shownHost || (web && sameHost(shownHost, web.hostname))) return undefined;
  return `link text "${abbreviate(shown)}" looks like an address on ${shownHost}, but the link goes to ${web ? web.hostname : `"${abbreviate(url)}"`}; write the address the link goes to, or words`;
}

const sameHost = (a: string, b: string) => a.replace(/^www\./u, '') === b.replace(/^www\./u, '');

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function abbreviate(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 37)}...` : oneLine;
}
