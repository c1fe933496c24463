package vn.cchc.report.report.markup;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker's output format for the report markup ({@link MarkupParser}): every value a template
 * prints is escaped, so a unit's text such as "Sở Khoa học &amp; Công nghệ", "**", "| x |" or
 * "${x}" prints literally and can never start a heading, a table cell or a new line.
 */
public final class MarkupOutputFormat extends CommonMarkupOutputFormat<MarkupOutputFormat.Output> {
  public static final MarkupOutputFormat INSTANCE = new MarkupOutputFormat();

  /** A piece of markup that is already escaped. */
  public static final class Output extends CommonTemplateMarkupOutputModel<Output> {
    Output(String plainText, String markupText) {
      super(plainText, markupText);
    }

    @Override
    public MarkupOutputFormat getOutputFormat() {
      return INSTANCE;
    }
  }

  private MarkupOutputFormat() {}

  @Override
  public String getName() {
    return "cchc-markup";
  }

  @Override
  public String getMimeType() {
    return "text/x-cchc-markup";
  }

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    out.write(escape(textToEsc));
  }

  @Override
  public String escapePlainText(String plainTextContent) {
    return escape(plainTextContent);
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected Output newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
    return new Output(plainTextContent, markupContent);
  }

  /** Backslash before every markup character; a line break becomes the two characters "\n". */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '|', '{', '}', '*', '_', '#', '@', '-' -> out.append('\\').append(c);
        case '\n' -> out.append("\\n");
        case '\r' -> { }
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
