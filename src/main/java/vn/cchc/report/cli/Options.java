package vn.cchc.report.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.ParseException;

/** The run's options, as the command line gave them ({@link Command#options()} declares them). */
final class Options {
  Path config = Path.of(Command.DEFAULT_CONFIG);
  String period;
  Path output;
  Path templates;
  LocalDate today;
  boolean overwrite;
  boolean strict;

  /** @throws ParseException for a value that is not what its option takes (a date that is not a date) */
  static Options of(CommandLine line) throws ParseException {
    for (var option : line.getOptions()) {
      if (option.hasArg() && line.getOptionValues(option).length > 1) {
        throw new ParseException("--" + option.getLongOpt() + " được ghi hơn một lần; hãy ghi một lần");
      }
    }
    Options o = new Options();
    if (line.hasOption("config")) o.config = path(line, "config");
    o.period = line.getOptionValue("period");
    if (line.hasOption("output")) o.output = path(line, "output");
    if (line.hasOption("templates")) o.templates = path(line, "templates");
    if (line.hasOption("today")) o.today = date(line.getOptionValue("today"));
    o.overwrite = line.hasOption("overwrite");
    o.strict = line.hasOption("strict");
    return o;
  }

  /** A path as typed; one this system cannot name (a stray quote on Windows: "D:\\ket qua\"") is a usage error. */
  private static Path path(CommandLine line, String option) throws ParseException {
    String value = line.getOptionValue(option);
    try {
      return Path.of(value);
    } catch (java.nio.file.InvalidPathException e) {
      throw new ParseException("giá trị \"" + value + "\" của --" + option + " không phải một đường dẫn (" + e.getReason()
          + "); trên Windows, đừng kết thúc đường dẫn trong ngoặc kép bằng dấu \\");
    }
  }

  /** Accepts 2022-03-20 or 20/3/2022. */
  private static LocalDate date(String value) throws ParseException {
    return vn.cchc.report.ingest.CellValues.date(value)
        .orElseThrow(() -> new ParseException("giá trị \"" + value + "\" của --today: không hiểu ngày (ghi dạng 20/3/2022)"));
  }
}
