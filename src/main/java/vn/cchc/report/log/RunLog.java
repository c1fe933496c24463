package vn.cchc.report.log;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The program's log file (tệp nhật ký): library warnings, program errors and their stack traces, which
 * must never reach the office's screen. One file, appended to by every run, created only when the
 * first entry is written: a run without warnings leaves no file behind.
 *
 * <p>Each entry: ISO timestamp, level, source (logger name), message, then the stack trace if any.
 */
public final class RunLog {
  /** System property naming the log file; tests point it into a temporary folder. */
  public static final String PROPERTY = "cchc.log";
  /** The file's name in {@code java.io.tmpdir} when {@link #PROPERTY} is not set. */
  public static final String DEFAULT_NAME = "cchc-report-nhat-ky.log";

  /** ISO 8601 with milliseconds always printed, so that entries line up: 2026-03-20T09:15:02.040+07:00. */
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT);

  private RunLog() {}

  /** The log file: {@code -Dcchc.log=…} if set, else {@code <java.io.tmpdir>/cchc-report-nhat-ky.log}; absolute. */
  public static Path path() {
    String configured = System.getProperty(PROPERTY, "").strip();
    Path file = configured.isEmpty() ? Path.of(System.getProperty("java.io.tmpdir"), DEFAULT_NAME) : Path.of(configured);
    return file.toAbsolutePath().normalize();
  }

  /**
   * Appends one entry, creating the file (and its folder) if needed.
   *
   * @param level "WARN", "ERROR"…
   * @param source the logger's name, or where the entry comes from
   * @param thrown its stack trace follows the message; null for none
   * @return the log file written to
   */
  public static synchronized Path write(String level, String source, String message, Throwable thrown) throws IOException {
    StringWriter text = new StringWriter();
    PrintWriter entry = new PrintWriter(text);
    entry.println(OffsetDateTime.now().format(TIMESTAMP) + " " + level + " " + source + " - " + message);
    if (thrown != null) thrown.printStackTrace(entry);
    entry.flush();
    Path file = path();
    if (file.getParent() != null) Files.createDirectories(file.getParent());
    Files.writeString(file, text.toString(), StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    return file;
  }

  /** {@link #write} for library logging: a log that cannot be written must not disturb the run, nor print anything. */
  static void writeQuietly(String level, String source, String message, Throwable thrown) {
    try {
      write(level, source, message, thrown);
    } catch (IOException | RuntimeException e) {
      // Nowhere left to report it: the screen is the office's, and the log is what failed.
    }
  }

  /**
   * Sends java.util.logging (FreeMarker's choice, and the JDK's) to the log instead of its console
   * handler, warnings and above only. Idempotent; SLF4J and log4j-api (POI) reach the log through
   * {@link FileLoggerProvider}.
   */
  public static synchronized void routeJavaLogging() {
    Logger root = LogManager.getLogManager().getLogger("");
    boolean routed = false;
    for (Handler handler : root.getHandlers()) {
      if (handler instanceof JavaLoggingHandler) routed = true;
      else root.removeHandler(handler);
    }
    if (!routed) root.addHandler(new JavaLoggingHandler());
    root.setLevel(java.util.logging.Level.WARNING);
  }

  /**
   * Replaces {@code System.out} and {@code System.err} with streams into the log, for libraries that
   * print or call {@code printStackTrace()} directly. Only for the process's own entry point: the
   * program writes to the console through streams it opened on the file descriptors itself.
   */
  public static void captureConsole() {
    System.setOut(new PrintStream(new LineSink("System.out"), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new LineSink("System.err"), true, StandardCharsets.UTF_8));
  }

  /** java.util.logging levels as SLF4J names them; FINE and below never reach here. */
  private static final class JavaLoggingHandler extends Handler {
    private final java.util.logging.Formatter formatter = new java.util.logging.SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      int level = record.getLevel().intValue();
      if (level < java.util.logging.Level.WARNING.intValue()) return;
      String name = level >= java.util.logging.Level.SEVERE.intValue() ? "ERROR" : "WARN";
      writeQuietly(name, String.valueOf(record.getLoggerName()), formatter.formatMessage(record), record.getThrown());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /** Collects bytes printed to a console stream and writes each complete line as one entry. */
  private static final class LineSink extends OutputStream {
    private final String source;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineSink(String source) {
      this.source = source;
    }

    @Override
    public synchronized void write(int b) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        writeQuietly("WARN", source, text.endsWith("\r") ? text.substring(0, text.length() - 1) : text, null);
      } else {
        line.write(b);
      }
    }
  }
}
