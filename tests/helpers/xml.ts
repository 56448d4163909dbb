// A strict XML reader for tests: every well-formedness error, and each element with its attributes and text.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
}

export function parseXml(xml: string): { errors: string[]; elements: XmlElement[] } {
  const errors: string[] = [];
  const elements: XmlElement[] = [];
  const open: XmlElement[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => errors.push(error.message));
  parser.on('opentag', (tag) => {
    const element = {
      name: tag.local ?? tag.name,
      attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [typeof a === 'string' ? a : a.local, typeof a === 'string' ? a : a.value])),
      text: '',
    };
    elements.push(element);
    open.push(element);
  });
  const addText = (text: string) => {
    if (open.length) open.at(-1)!.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  return { errors, elements };
}
