// How API files are written: JSON minified, and NDJSON one record a line for every reader, even
// when a text holds a character some readers take for a line end.
import { describe, expect, it } from 'vitest';
import { json, ndjson } from '../src/site/api-base.ts';

describe('API files', () => {
  it('are minified JSON', async () => {
    const response = json({ name: 'Acme', tags: ['a', 'b'] });
    expect(await response.text()).toBe('{"name":"Acme","tags":["a","b"]}\n');
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
  });

  it('as NDJSON, hold one record a line, whatever line ends their texts hold', async () => {
    const records = [{ summary: 'one\nline' }, { summary: 'line\u2028separator and paragraph\u2029separator' }, { summary: 'three\r\n' }];
    const response = ndjson(records);
    const text = await response.text();
    expect(response.headers.get('Content-Type')).toBe('application/x-ndjson; charset=utf-8');
    // Split as the most eager readers do (Python's str.splitlines): still one line a record.
    const lines = text.split(/\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/u).filter((line) => line !== '');
    expect(lines.map((line) => JSON.parse(line))).toEqual(records);
  });
});
