package vn.cchc.report.report.doc;

import java.time.LocalDate;
import java.util.List;

/**
 * A document as the renderers see it: sections of blocks, every text final (wording from the
 * templates, figures from the summary). Renderers lay it out and never compute or word anything.
 *
 * @param title document title for the file's metadata
 * @param author the issuing body, for the metadata
 * @param date fixed metadata date, so identical inputs give identical files
 */
public record Document(String title, String author, LocalDate date, List<Section> sections) {
  public Document {
    sections = List.copyOf(sections);
    if (sections.isEmpty()) throw new IllegalArgumentException("a document has at least one section");
  }
}
