import type { Block, Inline, RichText as RichTextBlocks } from '@amend/core';
import type { ReactNode } from 'react';
import { Link } from 'wouter';

/**
 * Program and Learn text, rendered from the closed set of blocks the build step makes out of the
 * Markdown. Every piece becomes a React element or plain text, so nothing in the content can
 * reach the page as HTML, and links can only lead inside Amend (the build checks each one).
 * Content is static for the life of a page, so positions serve as keys.
 */
function inlineNodes(inlines: readonly Inline[]): ReactNode[] {
  return inlines.map((inline, key) => inlineNode(inline, key));
}

function inlineNode(inline: Inline, key: number): ReactNode {
  switch (inline.type) {
    case 'text':
      return <span key={key}>{inline.text}</span>;
    case 'emphasis':
      return <em key={key}>{inlineNodes(inline.children)}</em>;
    case 'strong':
      return <strong key={key}>{inlineNodes(inline.children)}</strong>;
    case 'link':
      return (
        <Link key={key} href={inline.href}>
          {inlineNodes(inline.children)}
        </Link>
      );
  }
}

function blockNode(block: Block, key: number, headingLevel: 2 | 3 | 4): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return <p key={key}>{inlineNodes(block.children)}</p>;
    case 'heading': {
      const Heading = headingLevel === 2 ? 'h2' : headingLevel === 3 ? 'h3' : 'h4';
      return <Heading key={key}>{inlineNodes(block.children)}</Heading>;
    }
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List key={key}>
          {block.items.map((item, itemKey) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static content, never reordered
            <li key={itemKey}>{inlineNodes(item)}</li>
          ))}
        </List>
      );
    }
  }
}

interface RichTextProps {
  blocks: RichTextBlocks;
  /** Headings inside the text sit one level below the section that holds it. */
  headingLevel?: 2 | 3 | 4;
}

export function RichText({ blocks, headingLevel = 3 }: RichTextProps) {
  return (
    <div className="rich-text">
      {blocks.map((block, key) => blockNode(block, key, headingLevel))}
    </div>
  );
}
