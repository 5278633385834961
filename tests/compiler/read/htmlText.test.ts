// The text of untrusted HTML: what a reader sees on the page, one paragraph per
// block, and nothing of what the markup would do or load.
import { htmlText, inlineText, MAX_NESTING, nestingDepth, parseHtmlFragment, TooDeepError } from '../../../src/compiler/read/htmlText';

const text = (html: string) => htmlText(parseHtmlFragment(html));

describe('htmlText reads', () => {
  it('one paragraph per block, separated by a blank line, spaces collapsed', () => {
    expect(text('<p>The  ferry\n  left at dawn.</p><div>It came back <b>late</b>.</div><h2>Delays</h2><ul><li>One</li><li>Two</li></ul>'))
      .toBe('The ferry left at dawn.\n\nIt came back late.\n\nDelays\n\nOne\n\nTwo');
  });

  it('a line break as a new line, two in a row as a new paragraph', () => {
    expect(text('First line<br>second line<br><br>Next paragraph')).toBe('First line\nsecond line\n\nNext paragraph');
  });

  it('entities decoded, no-break spaces as spaces, soft hyphens and zero-width spaces gone', () => {
    expect(text('<p>Fish &amp; chips&nbsp;cost &pound;5; re\u00adopen\u200bed &lt;today&gt;</p>')).toBe('Fish & chips cost £5; reopened <today>');
  });

  it('preformatted text line by line', () => {
    expect(text('<pre>Line one\n  Line  two</pre>')).toBe('Line one\nLine two');
  });

  it('table cells as their own paragraphs, so a layout table does not run its columns together', () => {
    expect(text('<table><tr><td>Left column text here</td><td>Right column text here</td></tr></table>')).toBe('Left column text here\n\nRight column text here');
  });

  it('a link as its words, inside a sentence', () => {
    expect(text('<p>The mayor <a href="/people/mayor">said on Monday</a> that the road would reopen.</p>')).toBe('The mayor said on Monday that the road would reopen.');
  });

  it('a title given as HTML on one line', () => {
    expect(inlineText('Telescope on Mount <em>Arven</em>\n sees first light')).toBe('Telescope on Mount Arven sees first light');
  });
});

describe('htmlText leaves out', () => {
  it('scripts, styles, frames, objects, SVG, forms controls and images, with their text and addresses', () => {
    const html = `<p>Before.</p><script>alert("x")</script><style>p{color:red}</style><noscript>Enable JavaScript</noscript>
      <iframe src="https://ads.example/x">frame text</iframe><object data="x.swf">object text</object><svg><text>svg text</text></svg>
      <img src="https://tracker.example/p.gif" alt="A photo of the harbour"><button>Share</button><select><option>Option</option></select>
      <template><p>template text</p></template><p>After.</p>`;
    expect(text(html)).toBe('Before.\n\nAfter.');
  });

  it('the address of a javascript: link and the handlers of any element', () => {
    const out = text('<p onclick="steal()">Click <a href="javascript:alert(1)">here</a> now.</p>');
    expect(out).toBe('Click here now.');
    expect(out).not.toMatch(/javascript|alert|steal/);
  });

  it('what the page hides, captions, menus of links, copyright lines and rules', () => {
    const html = `<p hidden>Hidden text</p><p aria-hidden="true">Decoration</p><p style="display: none">Invisible</p>
      <figure><figcaption>The harbour on Monday. Photo: Agency</figcaption></figure>
      <div><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></div>
      <p>The harbour reopened on Monday.</p><p>* * *</p><p>© 2024 The Harbour Times. All rights reserved.</p>`;
    expect(text(html)).toBe('The harbour reopened on Monday.');
  });

  it('keeps a sentence that merely holds two links', () => {
    expect(text('<p>The <a href="/a">port authority</a> and the <a href="/b">union</a> met on Friday to end the strike.</p>'))
      .toBe('The port authority and the union met on Friday to end the strike.');
  });

  it('reads markup nested thousands deep without running out of stack, and refuses deeper before parsing it', () => {
    const nested = (n: number) => `${'<div>'.repeat(n)}Deep text.${'</div>'.repeat(n)}`;
    expect(text(nested(MAX_NESTING - 100))).toBe('Deep text.');
    expect(() => text(nested(MAX_NESTING + 100))).toThrow(TooDeepError);
    // Tags that close themselves, and a page of thousands of paragraphs, are not depth.
    expect(nestingDepth(`${'<p>One.</p><br><img src="x">'.repeat(10_000)}`)).toBe(1);
  });
});
