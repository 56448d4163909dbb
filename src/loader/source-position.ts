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
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
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
