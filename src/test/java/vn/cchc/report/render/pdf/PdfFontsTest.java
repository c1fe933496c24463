package vn.cchc.report.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Line breaks depend on glyph widths: they must be the font's own, not OpenPDF's thousandths of an em. */
class PdfFontsTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "Regular, Cải cách hành chính tỉnh Bình Thuận",
    "Bold, STT Nội dung công việc Đơn vị chủ trì",
    "Italic, (Kèm theo Báo cáo số ngày 20 tháng 3 năm 2022)",
    "Regular, 0123456789 ,.;:()%/-– ữỹỵẫậ",
  })
  void measuresEachCharacterWithTheFontsOwnAdvanceWidth(String face, String text) throws Exception {
    PdfFonts fonts = new PdfFonts(vn.cchc.report.render.FontFaces.liberation());
    boolean bold = face.equals("Bold");
    boolean italic = face.equals("Italic");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("liberation/LiberationSerif-" + face + ".ttf");
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
      float unitsPerEm = font.getUnitsPerEm();
      for (int i = 0; i < text.length(); i++) {
        int c = text.charAt(i);
        float expected = font.getAdvanceWidth(font.getUnicodeCmapLookup().getGlyphId(c)) / unitsPerEm;
        assertThat(fonts.advance(c, bold, italic)).as("advance of '%c'", (char) c).isCloseTo(expected, within(1e-5f));
      }
    }
  }
}
