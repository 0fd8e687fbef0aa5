import PDFDocument from 'pdfkit';
import { fontFiles, fontRuns, type Weight } from './pdf-fonts.js';

/** Amend's colours (packages/web/src/styles/tokens.css), for print: ink on paper, one calm teal. */
const INK = '#2b2622';
const MUTED = '#5f5750';
const ACCENT = '#2f6f6a';
const SECOND = '#b4582a';
const RULE = '#d9d2c7';

const PAGE_MARGIN = 56;

export interface ChartSeries {
  readonly label: string;
  /** [x, y] with x in [0, 1] across the chart and y on the chart's scale. */
  readonly points: readonly [number, number][];
  readonly dashed: boolean;
}

/**
 * A small layer over pdfkit that writes a tagged PDF (headings, paragraphs, tables and figures
 * that screen readers can follow) in Amend's plain style, with text in the fonts that cover it.
 */
export class PdfWriter {
  private readonly doc: PDFKit.PDFDocument;
  private readonly root: PDFKit.PDFStructureElement;
  private readonly chunks: Buffer[] = [];
  private readonly finished: Promise<Buffer>;

  constructor(title: string) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: PAGE_MARGIN,
      tagged: true,
      lang: 'en-GB',
      displayTitle: true,
      info: { Title: title },
      bufferPages: false,
    });
    for (const { name, data } of fontFiles()) this.doc.registerFont(name, data);
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
    this.finished = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  private get width(): number {
    return this.doc.page.width - PAGE_MARGIN * 2;
  }

  /** Writes text in runs of the fonts that have its letters, as one tagged element. */
  private write(
    tag: string,
    text: string,
    style: { size: number; weight: Weight; color: string; gapAfter: number },
  ): void {
    const element = this.doc.struct(tag);
    this.root.add(element);
    const runs = fontRuns(text, style.weight);
    this.doc.fillColor(style.color).fontSize(style.size);
    element.add(
      this.doc.struct('Span', {}, () => {
        runs.forEach(([font, run], index) => {
          this.doc.font(font).text(run, {
            continued: index < runs.length - 1,
            width: this.width,
            lineGap: style.size * 0.35,
          });
        });
      }),
    );
    element.end();
    this.doc.moveDown(style.gapAfter);
  }

  private keepRoomFor(height: number): void {
    if (this.doc.y + height > this.doc.page.height - PAGE_MARGIN) this.doc.addPage();
  }

  title(text: string): void {
    this.write('H1', text, { size: 22, weight: 'bold', color: INK, gapAfter: 0.3 });
  }

  heading(text: string): void {
    this.keepRoomFor(90);
    this.doc.moveDown(0.6);
    this.write('H2', text, { size: 15, weight: 'bold', color: ACCENT, gapAfter: 0.3 });
  }

  paragraph(text: string): void {
    this.write('P', text, { size: 11, weight: 'regular', color: INK, gapAfter: 0.5 });
  }

  note(text: string): void {
    this.write('P', text, { size: 9.5, weight: 'regular', color: MUTED, gapAfter: 0.5 });
  }

  /** A simple table of dates and numbers: a bold header row and evenly spaced columns. */
  table(header: readonly string[], rows: readonly (readonly string[])[]): void {
    const columnWidth = this.width / header.length;
    const table = this.doc.struct('Table');
    this.root.add(table);
    const row = (cells: readonly string[], weight: Weight, cellTag: string) => {
      this.keepRoomFor(20);
      const y = this.doc.y;
      const tableRow = this.doc.struct('TR');
      table.add(tableRow);
      cells.forEach((cell, index) => {
        tableRow.add(
          this.doc.struct(cellTag, {}, () => {
            this.doc
              .font(`noto-latin-${weight}`)
              .fontSize(10)
              .fillColor(INK)
              .text(cell, PAGE_MARGIN + index * columnWidth, y, {
                width: columnWidth - 8,
                lineBreak: false,
                ellipsis: true,
              });
          }),
        );
      });
      tableRow.end();
      this.doc.x = PAGE_MARGIN;
      this.doc.y = y + 16;
    };
    row(header, 'bold', 'TH');
    this.doc
      .moveTo(PAGE_MARGIN, this.doc.y - 2)
      .lineTo(PAGE_MARGIN + this.width, this.doc.y - 2)
      .strokeColor(RULE)
      .lineWidth(0.5)
      .stroke();
    for (const cells of rows) row(cells, 'regular', 'TD');
    table.end();
    this.doc.moveDown(0.8);
  }

  /**
   * A line chart of up to two series on a fixed scale, told apart by colour and by line style
   * (solid and dashed), with its meaning given as alternative text.
   */
  chart(
    series: readonly ChartSeries[],
    scale: { min: number; max: number },
    xLabels: readonly [string, string],
    alt: string,
  ): void {
    const height = 140;
    this.keepRoomFor(height + 40);
    const left = PAGE_MARGIN + 24;
    const top = this.doc.y + 6;
    const width = this.width - 24;
    const yOf = (value: number) =>
      top + height - ((value - scale.min) / (scale.max - scale.min)) * height;
    const figure = this.doc.struct('Figure', { alt }, () => {
      this.doc.lineWidth(0.5).strokeColor(RULE);
      for (const tick of [scale.min, Math.round((scale.min + scale.max) / 2), scale.max]) {
        this.doc
          .moveTo(left, yOf(tick))
          .lineTo(left + width, yOf(tick))
          .stroke();
        this.doc
          .font('noto-latin-regular')
          .fontSize(8)
          .fillColor(MUTED)
          .text(String(tick), PAGE_MARGIN, yOf(tick) - 5, { width: 20, align: 'right' });
      }
      const [from, to] = xLabels;
      this.doc.text(from, left, top + height + 4, { width: width / 2, lineBreak: false });
      this.doc.text(to, left + width / 2, top + height + 4, {
        width: width / 2,
        align: 'right',
        lineBreak: false,
      });
      series.forEach((line, index) => {
        const color = index === 0 ? ACCENT : SECOND;
        this.doc.lineWidth(1.6).strokeColor(color);
        if (line.dashed) this.doc.dash(4, { space: 3 });
        line.points.forEach(([x, y], pointIndex) => {
          const px = left + x * width;
          if (pointIndex === 0) this.doc.moveTo(px, yOf(y));
          else this.doc.lineTo(px, yOf(y));
        });
        this.doc.stroke().undash();
      });
    });
    this.root.add(figure);
    this.doc.x = PAGE_MARGIN;
    this.doc.y = top + height + 20;
    this.note(
      series.map((line) => `${line.dashed ? 'Dashed' : 'Solid'} line: ${line.label}.`).join(' '),
    );
  }

  async finish(): Promise<Buffer> {
    this.root.end();
    this.doc.end();
    return this.finished;
  }
}
