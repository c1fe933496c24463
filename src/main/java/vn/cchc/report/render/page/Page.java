package vn.cchc.report.render.page;

import java.util.List;

/** One page: its size in points (a landscape page is wider than tall) and what is drawn on it. */
public record Page(float width, float height, List<Box> boxes) {
  public Page {
    boxes = List.copyOf(boxes);
  }
}
