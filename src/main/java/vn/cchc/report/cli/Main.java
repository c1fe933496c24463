package vn.cchc.report.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.cli.AmbiguousOptionException;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;
import vn.cchc.report.log.RunLog;

/**
 * Entry point: parses the command line (Commons CLI; Vietnamese help and errors) and returns a
 * documented exit code.
 */
public final class Main {
  /** Held during a run and dropped when memory runs out, so that the log entry and message can still be written. */
  private static final int RESERVE_BYTES = 1 << 20;

  private static volatile byte[] reserve;
  /** Where a progress bar may be drawn: the terminal's error stream, or null when the output is not a terminal. */
  private static volatile PrintStream terminal;

  private Main() {}

  public static void main(String[] args) {
    // The files do not depend on the machine's language: the program writes Vietnamese forms itself, and
    // the libraries' own formatting (OpenPDF's byte offsets, which Arabic settings turn into Arabic-Indic
    // digits and a corrupt PDF; a Turkish "i") must not follow the machine.
    java.util.Locale.setDefault(java.util.Locale.ROOT);
    // Vietnamese must reach the console intact, whatever the platform's default charset.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    // Whatever a library prints to System.out/err goes to the log: the console is the office's.
    RunLog.captureConsole();
    terminal = System.console() != null ? err : null;
    System.exit(run(args, out, err));
  }

  /**
   * Runs the program as from the command line; returns the exit code instead of exiting. Library
   * logging goes to {@link RunLog#path()}; running out of memory, or any other Error, ends with a
   * Vietnamese message and {@link ExitCode#INTERNAL}, never a stack trace on screen.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    RunLog.routeJavaLogging();
    try {
      reserve = new byte[RESERVE_BYTES];
      return execute(args, out, err);
    } catch (OutOfMemoryError e) {
      // The run's data is unreachable once the stack has unwound; the reserve covers what a library may still hold.
      reserve = null;
      err.println(InternalError.outOfMemory(e));
      return ExitCode.INTERNAL.code();
    } catch (Error | RuntimeException e) {
      reserve = null;
      err.println(InternalError.report(e));
      return ExitCode.INTERNAL.code();
    } finally {
      reserve = null;
    }
  }

  /** Parses the command line (Commons CLI), then runs the command it names, prints its help or the version. */
  private static int execute(String[] args, PrintStream out, PrintStream err) {
    Command command = Command.of(args);
    String[] rest = command == Command.RUN ? args : Arrays.copyOfRange(args, 1, args.length);
    CommandLine line;
    Options options;
    try {
      // whole option names only: "--vers" is not taken for --version
      line = DefaultParser.builder().setAllowPartialMatching(false).get().parse(command.options(), rest);
      for (String word : line.getArgList()) {
        Command misplaced = Command.named(word);
        if (misplaced != null) {
          err.println(command != Command.RUN
              ? "Lỗi dòng lệnh: mỗi lần chạy chỉ một lệnh (đã có " + command.qualifiedName() + ", thêm " + word + "). Hãy chạy từng lệnh một."
              : "Lỗi dòng lệnh: lệnh " + word + " phải ghi ngay sau tên chương trình, trước các tham số, ví dụ: "
                  + misplaced.qualifiedName() + " --period 2022-Q1.");
          return ExitCode.USAGE.code();
        }
      }
      if (!line.getArgList().isEmpty()) throw new UnrecognizedOptionException("", String.join(" ", line.getArgList()));
      options = Options.of(line);
    } catch (ParseException e) {
      err.println("Lỗi dòng lệnh: " + translate(e));
      err.println("Gõ " + command.qualifiedName() + " --help để xem cách dùng.");
      return ExitCode.USAGE.code();
    }
    if (line.hasOption("help")) {
      command.printHelp(new PrintWriter(out, true));
      return ExitCode.OK.code();
    }
    if (line.hasOption("version")) {
      out.println(Command.VERSION);
      return ExitCode.OK.code();
    }
    return new Job(options, out, err).run(command.mode(), options.strict).code();
  }

  /** The terminal to draw progress on, or null (not a terminal, or run from a test). */
  static PrintStream terminal() {
    return terminal;
  }

  private static String translate(ParseException e) {
    if (e instanceof UnrecognizedOptionException u) return "không hiểu tham số " + u.getOption() + ".";
    if (e instanceof MissingArgumentException m) return "thiếu giá trị cho " + m.getOption().getArgName() + ".";
    if (e instanceof AmbiguousOptionException a) return "tham số " + a.getOption() + " có thể là " + String.join(", ", a.getMatchingOptions()) + ".";
    return "tham số không hợp lệ (" + e.getMessage() + ").";
  }
}
