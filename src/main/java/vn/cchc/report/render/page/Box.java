package vn.cchc.report.render.page;

import java.util.List;
import vn.cchc.report.report.doc.Block;

/** Something drawn on a page. Coordinates in points from the page's top-left corner, y downwards. */
public sealed interface Box {

  /**
   * One line of text, its runs one after the other from {@code x} on the baseline; each space
   * widened by {@code wordSpacing} (a justified line). Runs have their size resolved, text in NFC.
   */
  record Text(float x, float baseline, List<Block.Run> runs, float wordSpacing) implements Box {
    public Text {
      runs = List.copyOf(runs);
    }

    public String text() {
      StringBuilder text = new StringBuilder();
      runs.forEach(r -> text.append(r.text()));
      return text.toString();
    }
  }

  /** A horizontal line (a rule), {@code width} thick, centred on {@code y}. */
  record Rule(float x0, float x1, float y, float width) implements Box {}

  /** A cell's border: a rectangle, its lines {@code width} thick, centred on its edges. */
  record Frame(float x, float top, float width, float height, float lineWidth) implements Box {}
}
