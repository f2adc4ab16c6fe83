import { Fragment, type ReactNode } from 'react';
import classes from './markdown.module.css';

/**
 * A small Markdown renderer for bios: paragraphs (a single line break is kept, as in chat and
 * comment boxes), headings, bullet and numbered lists, quotes, code blocks, rules, and inline
 * strong, emphasis, strike-through, code and links. It builds React elements, never HTML strings: any
 * HTML in the source stays literal text (the API stores bios exactly as written and asks clients to
 * render them "as Markdown without HTML"). Links must be http(s) or mailto; images become their alt
 * text, so a bio cannot load pictures from elsewhere.
 */

type Block =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'heading'; depth: number; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'rule' }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'list'; ordered: boolean; start: number; items: string[] };

const FENCE = /^\s{0,3}(```|~~~)/;
const HEADING = /^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/;

function startsBlock(line: string): boolean {
  return (
    FENCE.test(line) ||
    HEADING.test(line) ||
    RULE.test(line) ||
    QUOTE.test(line) ||
    BULLET.test(line) ||
    NUMBERED.test(line)
  );
}

export function parseBlocks(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (!line.trim()) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1] ?? '```';
      const body: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] ?? '').trimStart().startsWith(marker))
        body.push(lines[i++] ?? '');
      i++; // the closing fence (or the end)
      blocks.push({ kind: 'code', text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', depth: heading[1]?.length ?? 1, text: heading[2] ?? '' });
      i++;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ kind: 'rule' });
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i] ?? ''))
        quoted.push(QUOTE.exec(lines[i++] ?? '')?.[1] ?? '');
      blocks.push({ kind: 'quote', lines: quoted });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    if (bullet || numbered) {
      const ordered = !bullet;
      const itemPattern = ordered ? NUMBERED : BULLET;
      const items: string[] = [];
      while (i < lines.length) {
        const current = lines[i] ?? '';
        const item = itemPattern.exec(current);
        if (item) {
          items.push((ordered ? item[2] : item[1]) ?? '');
          i++;
        } else if (current.trim() && /^\s+/.test(current) && items.length && !startsBlock(current)) {
          // An indented line continues the item above it.
          items[items.length - 1] += `\n${current.trim()}`;
          i++;
        } else {
          break;
        }
      }
      blocks.push({ kind: 'list', ordered, start: ordered ? Number(numbered?.[1] ?? 1) : 1, items });
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length && (lines[i] ?? '').trim() && !startsBlock(lines[i] ?? ''))
      paragraph.push((lines[i++] ?? '').trim());
    blocks.push({ kind: 'paragraph', lines: paragraph });
  }
  return blocks;
}

/** Only links a person can safely follow: web pages and email addresses. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'mailto:')
      return parsed.href;
  } catch {
    return null;
  }
  return null;
}

const ESCAPABLE = /[\\`*_{}[\]()#+\-.!~>|]/;
const LINK = /^\[((?:[^\][]|\[[^\]]*\])*)\]\(\s*<?([^\s)>]*)>?(?:\s+"[^"]*")?\s*\)/;
const AUTOLINK = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/;
const BARE_URL = /^https?:\/\/[^\s<]*[^\s<.,:;"')\]!?*_~]/;

function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
      {children}
    </a>
  );
}

/** Inline Markdown to React nodes. */
export function renderInline(text: string, keyPrefix = 'i'): ReactNode[] {
  const nodes: ReactNode[] = [];
  let plain = '';
  let key = 0;
  const flush = () => {
    if (plain) nodes.push(plain);
    plain = '';
  };
  const push = (node: ReactNode) => {
    flush();
    nodes.push(<Fragment key={`${keyPrefix}-${key++}`}>{node}</Fragment>);
  };
  // Emphasis markers only open before a non-space and close after one, and `_` only at word edges.
  const findClose = (marker: string, from: number): number => {
    let at = text.indexOf(marker, from);
    while (at !== -1) {
      const before = text[at - 1] ?? '';
      const after = text[at + marker.length] ?? '';
      const wordAfter = marker.startsWith('_') && /\w/.test(after);
      if (at > from && before !== ' ' && before !== '\\' && !wordAfter) return at;
      at = text.indexOf(marker, at + 1);
    }
    return -1;
  };

  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    const rest = text.slice(i);
    if (ch === '\\' && ESCAPABLE.test(text[i + 1] ?? '')) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === '\n') {
      push(<br />);
      i++;
      continue;
    }
    if (ch === '`') {
      const run = /^`+/.exec(rest)?.[0] ?? '`';
      const close = text.indexOf(run, i + run.length);
      if (close !== -1) {
        push(<code>{text.slice(i + run.length, close).trim()}</code>);
        i = close + run.length;
        continue;
      }
    }
    if (ch === '!' && text[i + 1] === '[') {
      const image = LINK.exec(text.slice(i + 1));
      if (image) {
        plain += image[1] ?? '';
        i += 1 + image[0].length;
        continue;
      }
    }
    if (ch === '[') {
      const link = LINK.exec(rest);
      if (link) {
        const href = safeHref(link[2] ?? '');
        const label = renderInline(link[1] ?? '', `${keyPrefix}-${key}l`);
        push(href ? <ExternalLink href={href}>{label}</ExternalLink> : label);
        i += link[0].length;
        continue;
      }
    }
    if (ch === '<') {
      const auto = AUTOLINK.exec(rest);
      const href = auto ? safeHref(auto[1] ?? '') : null;
      if (auto && href) {
        push(<ExternalLink href={href}>{auto[1]}</ExternalLink>);
        i += auto[0].length;
        continue;
      }
    }
    if (ch === 'h' && !/\w/.test(text[i - 1] ?? '')) {
      const bare = BARE_URL.exec(rest);
      const href = bare ? safeHref(bare[0]) : null;
      if (bare && href) {
        push(<ExternalLink href={href}>{bare[0]}</ExternalLink>);
        i += bare[0].length;
        continue;
      }
    }
    const double = rest.startsWith('**')
      ? '**'
      : rest.startsWith('__')
        ? '__'
        : rest.startsWith('~~')
          ? '~~'
          : null;
    const opensWord = double !== '__' || !/\w/.test(text[i - 1] ?? '');
    if (double && opensWord && text[i + 2] && text[i + 2] !== ' ') {
      const close = findClose(double, i + 2);
      if (close !== -1) {
        const inner = renderInline(text.slice(i + 2, close), `${keyPrefix}-${key}d`);
        push(double === '~~' ? <del>{inner}</del> : <strong>{inner}</strong>);
        i = close + 2;
        continue;
      }
    }
    if (
      (ch === '*' || (ch === '_' && !/\w/.test(text[i - 1] ?? ''))) &&
      text[i + 1] &&
      text[i + 1] !== ' ' &&
      text[i + 1] !== ch
    ) {
      const close = findClose(ch, i + 1);
      if (close !== -1) {
        push(<em>{renderInline(text.slice(i + 1, close), `${keyPrefix}-${key}e`)}</em>);
        i = close + 1;
        continue;
      }
    }
    plain += ch;
    i++;
  }
  flush();
  return nodes;
}

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

export interface MarkdownProps {
  source: string;
  /**
   * The level of the heading the Markdown sits under (2 under a page's h2). A `#` heading in the
   * source becomes one level below it, and no heading skips a level, so the page's outline stays whole.
   */
  headingLevel?: number;
  /** Accessible name of the rendered region, e.g. "Bio preview". */
  'aria-label'?: string;
  id?: string;
}

function renderBlocks(blocks: Block[], headingLevel: number, depth: number): ReactNode[] {
  let previous = headingLevel;
  return blocks.map((block, index) => {
    const key = `b${depth}-${index}`;
    switch (block.kind) {
      case 'heading': {
        const level = Math.min(6, headingLevel + block.depth, previous + 1);
        previous = level;
        const Tag = `h${Math.max(2, level)}` as HeadingTag;
        return (
          <Tag key={key} className={classes.heading}>
            {renderInline(block.text, key)}
          </Tag>
        );
      }
      case 'code':
        return (
          <pre key={key} className={classes.code}>
            <code>{block.text}</code>
          </pre>
        );
      case 'rule':
        return <hr key={key} />;
      case 'quote':
        return (
          <blockquote key={key} className={classes.quote}>
            {depth < 3
              ? renderBlocks(parseBlocks(block.lines.join('\n')), previous, depth + 1)
              : renderInline(block.lines.join('\n'), key)}
          </blockquote>
        );
      case 'list': {
        const items = block.items.map((item, itemIndex) => (
          <li key={`${key}-${itemIndex}`}>{renderInline(item, `${key}-${itemIndex}`)}</li>
        ));
        return block.ordered ? (
          <ol key={key} start={block.start === 1 ? undefined : block.start}>
            {items}
          </ol>
        ) : (
          <ul key={key}>{items}</ul>
        );
      }
      case 'paragraph':
        return <p key={key}>{renderInline(block.lines.join('\n'), key)}</p>;
    }
  });
}

/** Markdown rendered safely as React elements (see the module comment). */
export function Markdown({ source, headingLevel = 2, id, 'aria-label': ariaLabel }: MarkdownProps) {
  return (
    <div className={classes.markdown} id={id} aria-label={ariaLabel} role={ariaLabel ? 'region' : undefined}>
      {renderBlocks(parseBlocks(source), headingLevel, 0)}
    </div>
  );
}
