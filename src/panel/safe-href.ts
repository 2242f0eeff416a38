/**
 * Links may only go to http(s) or stay relative: a javascript: URL from a template or a data link
 * must not run. Judged on what a browser reads: it drops tabs and newlines anywhere in a URL and
 * control characters and spaces around it ("java\tscript:" is javascript:).
 */
export function safeHref(href: string): string {
  const read = trimControls(href.replace(/[\t\n\r]/g, ''));
  if (/^[a-z][a-z0-9+.-]*:/i.test(read) && !/^https?:/i.test(read)) return '#';
  return read;
}

function trimControls(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 0x20) start++;
  while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
  return s.slice(start, end);
}
