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
    Options o = new Options();
    if (line.hasOption("config")) o.config = Path.of(line.getOptionValue("config"));
    o.period = line.getOptionValue("period");
    if (line.hasOption("output")) o.output = Path.of(line.getOptionValue("output"));
    if (line.hasOption("templates")) o.templates = Path.of(line.getOptionValue("templates"));
    if (line.hasOption("today")) o.today = date(line.getOptionValue("today"));
    o.overwrite = line.hasOption("overwrite");
    o.strict = line.hasOption("strict");
    return o;
  }

  /** Accepts 2022-03-20 or 20/3/2022. */
  private static LocalDate date(String value) throws ParseException {
    return vn.cchc.report.ingest.CellValues.date(value)
        .orElseThrow(() -> new ParseException("giá trị \"" + value + "\" của --today: không hiểu ngày (ghi dạng 20/3/2022)"));
  }
}
