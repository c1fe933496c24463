package vn.cchc.report.render.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTextArray;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import vn.cchc.report.render.page.Box;
import vn.cchc.report.render.page.Page;
import vn.cchc.report.report.doc.Block;

/** Draws a laid-out page's boxes with OpenPDF, where the paginator put them; it decides nothing. */
final class PagePainter {
  private final PdfWriter writer;
  private final PdfFonts fonts;

  PagePainter(PdfWriter writer, PdfFonts fonts) {
    this.writer = writer;
    this.fonts = fonts;
  }

  void paint(Page page) {
    PdfContentByte canvas = writer.getDirectContent();
    float height = page.height();
    for (Box box : page.boxes()) {
      if (box instanceof Box.Text t) {
        text(canvas, t, height);
      } else if (box instanceof Box.Rule r) {
        canvas.saveState();
        canvas.setColorStroke(Color.BLACK);
        canvas.setLineWidth(r.width());
        canvas.moveTo(r.x0(), height - r.y());
        canvas.lineTo(r.x1(), height - r.y());
        canvas.stroke();
        canvas.restoreState();
      } else if (box instanceof Box.Frame f) {
        canvas.saveState();
        canvas.setColorStroke(Color.BLACK);
        canvas.setLineWidth(f.lineWidth());
        canvas.rectangle(f.x(), height - f.top() - f.height(), f.width(), f.height());
        canvas.stroke();
        canvas.restoreState();
      }
    }
  }

  /**
   * The runs one after the other, each placed where the exact widths of the runs before it end; a
   * justified line's spaces widened in the text itself (TJ), so the text copies with its spaces.
   */
  private void text(PdfContentByte canvas, Box.Text line, float height) {
    canvas.beginText();
    canvas.setColorFill(Color.BLACK);
    float x = line.x();
    for (Block.Run run : line.runs()) {
      float size = (float) run.size();
      canvas.setFontAndSize(fonts.face(run.bold(), run.italic()), size);
      canvas.setTextMatrix(x, height - line.baseline());
      String text = run.text();
      if (line.wordSpacing() == 0 || text.indexOf(' ') < 0) {
        canvas.showText(text);
      } else {
        PdfTextArray array = new PdfTextArray();
        int start = 0;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', start)) {
          array.add(text.substring(start, i + 1));
          array.add(-line.wordSpacing() * 1000 / size);
          start = i + 1;
        }
        if (start < text.length()) array.add(text.substring(start));
        canvas.showText(array);
      }
      for (int i = 0; i < text.length(); ) {
        int c = text.codePointAt(i);
        x += fonts.advance(c, run.bold(), run.italic()) * size + (c == ' ' ? line.wordSpacing() : 0);
        i += Character.charCount(c);
      }
    }
    canvas.endText();
  }
}
