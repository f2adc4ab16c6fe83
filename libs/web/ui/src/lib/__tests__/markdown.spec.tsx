import { render, screen } from '@testing-library/react';
import { Markdown, safeHref } from '../markdown';

function renderMarkdown(source: string, headingLevel = 2) {
  return render(<Markdown source={source} headingLevel={headingLevel} />).container;
}

describe('Markdown', () => {
  it('renders paragraphs, emphasis, code and line breaks', () => {
    const container = renderMarkdown(
      'Hello **bold** and *soft* and `code`.\nNext line\n\nSecond ~~old~~ paragraph',
    );
    const paragraphs = container.querySelectorAll('p');
    expect(paragraphs).toHaveLength(2);
    expect(screen.getByText('bold').tagName).toBe('STRONG');
    expect(screen.getByText('soft').tagName).toBe('EM');
    expect(screen.getByText('code').tagName).toBe('CODE');
    expect(screen.getByText('old').tagName).toBe('DEL');
    expect(paragraphs[0]?.querySelector('br')).not.toBeNull();
  });

  it('renders lists, quotes, code blocks and rules', () => {
    const container = renderMarkdown(
      '- one\n- two\n\n3. three\n4. four\n\n> quoted\n\n```\n<b>x</b>\n```\n\n---',
    );
    expect(container.querySelectorAll('ul > li')).toHaveLength(2);
    expect(container.querySelector('ol')).toHaveAttribute('start', '3');
    expect(container.querySelector('blockquote')).toHaveTextContent('quoted');
    expect(container.querySelector('pre code')).toHaveTextContent('<b>x</b>');
    expect(container.querySelector('hr')).not.toBeNull();
  });

  it('keeps HTML as text', () => {
    const container = renderMarkdown('<img src=x onerror=alert(1)> <script>alert(1)</script>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror=alert(1)> <script>alert(1)</script>');
  });

  it('links only to web pages and email addresses, in a new tab', () => {
    const container = renderMarkdown(
      '[site](https://example.com) [bad](javascript:void) <mailto:a@example.com> https://bare.example.org/x.',
    );
    expect(screen.getByRole('link', { name: 'site' })).toHaveAttribute('href', 'https://example.com/');
    expect(screen.getByRole('link', { name: 'site' })).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    expect(screen.queryByRole('link', { name: 'bad' })).not.toBeInTheDocument();
    expect(container).toHaveTextContent('site bad mailto:a@example.com');
    expect(screen.getByRole('link', { name: 'mailto:a@example.com' })).toHaveAttribute(
      'href',
      'mailto:a@example.com',
    );
    expect(screen.getByRole('link', { name: 'https://bare.example.org/x' })).toBeInTheDocument();
  });

  it('shows an image as its alt text, without loading it', () => {
    const container = renderMarkdown('![my cat](https://tracker.example.com/pixel.gif)');
    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent('my cat');
  });

  it('keeps the page outline: headings start below the surrounding one and never skip a level', () => {
    renderMarkdown('### Deep first\n\n# Top\n\n#### Deeper', 2);
    expect(screen.getByRole('heading', { name: 'Deep first' }).tagName).toBe('H3');
    expect(screen.getByRole('heading', { name: 'Top' }).tagName).toBe('H3');
    expect(screen.getByRole('heading', { name: 'Deeper' }).tagName).toBe('H4');
  });

  it('honours backslash escapes and leaves snake_case alone', () => {
    const container = renderMarkdown('\\*not emphasis\\* and snake_case_name');
    expect(container.querySelector('em')).toBeNull();
    expect(container).toHaveTextContent('*not emphasis* and snake_case_name');
  });
});

describe('safeHref', () => {
  it('allows http, https and mailto only', () => {
    expect(safeHref('https://a.example')).toBe('https://a.example/');
    expect(safeHref('mailto:x@example.com')).toBe('mailto:x@example.com');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,hi')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
  });
});
