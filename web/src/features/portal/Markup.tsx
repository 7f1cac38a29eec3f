import { Anchor, List, Text, Title } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import { Link } from 'react-router';
import { type Inline, parseMarkup } from './markup.ts';

/**
 * An administrator's text drawn as React elements from the parsed markup: every piece of it is a
 * text node, so nothing typed can become HTML or a script.
 */
export function Markup({ source }: { source: string }) {
  const blocks = useMemo(() => parseMarkup(source), [source]);
  return (
    <div data-testid="portal-markup">
      {blocks.map((block, index) => {
        if (block.type === 'heading') {
          return (
            <Title key={index} order={(block.level + 1) as 3 | 4} mt="md" mb="xs">
              <Inlines content={block.content} />
            </Title>
          );
        }
        if (block.type === 'paragraph') {
          return (
            <Text key={index} mb="sm">
              <Inlines content={block.content} />
            </Text>
          );
        }
        return (
          <List key={index} type={block.ordered ? 'ordered' : 'unordered'} mb="sm" spacing={4}>
            {block.items.map((item, n) => (
              <List.Item key={n}>
                <Inlines content={item} />
              </List.Item>
            ))}
          </List>
        );
      })}
    </div>
  );
}

function Inlines({ content }: { content: Inline[] }) {
  return content.map((inline, index) => {
    switch (inline.type) {
      case 'text':
        return <Fragment key={index}>{inline.text}</Fragment>;
      case 'strong':
        return <strong key={index}>{inline.text}</strong>;
      case 'emphasis':
        return <em key={index}>{inline.text}</em>;
      case 'break':
        return <br key={index} />;
      case 'link':
        return inline.href.startsWith('/') ? (
          <Anchor key={index} component={Link} to={inline.href}>
            {inline.text}
          </Anchor>
        ) : (
          <Anchor key={index} href={inline.href} target="_blank" rel="noopener noreferrer">
            {inline.text}
          </Anchor>
        );
    }
  });
}
