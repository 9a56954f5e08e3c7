// Hostile inputs for the hardening suites. Every script payload, if it ever ran, would bump
// `window.__pwned` or call `alert`; the tests trap both. Nothing here is real data.

/** Text that must show as inert text (labels, names, notes). */
export const TEXT_PAYLOADS: readonly string[] = [
  // Markup and script
  '<script>window.__pwned++</script>',
  '</title><script>window.__pwned++</script>',
  '<img src=x onerror="window.__pwned++">',
  '<svg onload="window.__pwned++"></svg>',
  '<svg><foreignObject><iframe srcdoc="<script>parent.__pwned++</script>"></iframe></foreignObject></svg>',
  '<svg><script>window.__pwned++</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned++>',
  '"><img src=x onerror=window.__pwned++>',
  "'><svg/onload=window.__pwned++>",
  '<a href="javascript:window.__pwned++">click</a>',
  'javascript:window.__pwned++',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<details open ontoggle="window.__pwned++">',
  '<input autofocus onfocus="window.__pwned++">',
  '<body onload="window.__pwned++">',
  '<!--<img src="--><img src=x onerror=window.__pwned++//">',
  '${alert(1)}',
  '{{constructor.constructor("window.__pwned++")()}}',
  '<?xml version="1.0"?><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>',
  '<template><script>alert(1)</script></template>',
  'lit$123$<b>marker</b>',
  '<!-- ?lit$0$ -->',
  // CSS injection in labels and colours
  '</style><style>*{display:none!important}</style>',
  'red;background:url(javascript:alert(1))',
  'expression(alert(1))',
  'url("javascript:alert(1)")',
  '};:host{display:none}',
  // Bidi, invisible and odd characters
  '\u202Eevil\u202C gnp.exe',
  '\u2066\u2067RTL isolate\u2069\u2069',
  'zero\u200Bwidth\u200Djoiner\uFEFF',
  'a\u0000b',
  '\uD800 lone surrogate',
  'Z̷͍̈a̸̗͝l̶͈̿g̸̫̈́o̴̲͐',
  '👩‍👩‍👧‍👦🇫🇮 Työllisyys 🏳️‍🌈',
  'عربي עברית mixed 123',
  '   ',
  '',
  '\n\r\t',
  // Spreadsheet formulas (CSV export)
  '=HYPERLINK("http://attacker.invalid","x")',
  "+1+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '-2+3',
  // Entities and encodings
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#x3C;img src=x onerror=alert(1)&#x3E;',
  '%3Cscript%3Ealert(1)%3C/script%3E',
  // Size
  `L${'x'.repeat(9_998)}L`,
  `${'<b>'.repeat(2_000)}deep`,
];

/** Numbers that must never show as `NaN`, `Infinity` or a wrong figure. */
export const VALUE_PAYLOADS: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
];

/** Periods that are not real periods (or far from any real data). */
export const PERIOD_PAYLOADS: readonly string[] = [
  '2025-13',
  '2025-00',
  '0000',
  '0000-01',
  '9999-12',
  '2025-Q5',
  '2025-02-30',
  '25-01',
  '2025-1',
  ' 2025-01',
  '2025-01<b>',
];

/** Area codes that are empty, duplicated or not codes. */
export const CODE_PAYLOADS: readonly string[] = [
  '',
  ' ',
  'KU091',
  'ku091',
  '<b>KU091</b>',
  '__proto__',
  'constructor',
  'x'.repeat(300),
];

/** Total count, for the report. */
export const PAYLOAD_COUNT =
  TEXT_PAYLOADS.length + VALUE_PAYLOADS.length + PERIOD_PAYLOADS.length + CODE_PAYLOADS.length;
