// Turns character offsets into the 1-based line:column that editors and CI annotations use.

export interface SourcePosition {
  line: number;
  column: number;
}

export class LineIndex {
  private readonly lineStarts: number[] = [0];
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
    // \n, \r\n and a lone \r (old Mac files) all end a line, as they do for js-yaml.
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  /** 1-based line and column of a 0-based offset (clamped into the text). */
  at(offset: number): SourcePosition {
    const target = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= target) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: target - this.lineStarts[low]! + 1 };
  }
}
