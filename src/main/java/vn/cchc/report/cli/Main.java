package vn.cchc.report.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import vn.cchc.report.log.RunLog;

/** Entry point: parses the command line (Vietnamese help and errors) and returns a documented exit code. */
public final class Main {
  /** Held during a run and dropped when memory runs out, so that the log entry and message can still be written. */
  private static final int RESERVE_BYTES = 1 << 20;

  private static volatile byte[] reserve;
  /** Where a progress bar may be drawn: the terminal's error stream, or null when the output is not a terminal. */
  private static volatile PrintStream terminal;

  private Main() {}

  public static void main(String[] args) {
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
      return commandLine(out, err).execute(args);
    } catch (OutOfMemoryError e) {
      // picocli's execution exception handler sees Exceptions only. The run's data is unreachable
      // once the stack has unwound; the reserve covers what a library may still hold.
      reserve = null;
      err.println(InternalError.outOfMemory(e));
      return ExitCode.INTERNAL.code();
    } catch (Error e) {
      reserve = null;
      err.println(InternalError.report(e));
      return ExitCode.INTERNAL.code();
    } finally {
      reserve = null;
    }
  }

  /** The terminal to draw progress on, or null (not a terminal, or run from a test). */
  static PrintStream terminal() {
    return terminal;
  }

  static CommandLine commandLine(PrintStream out, PrintStream err) {
    CommandLine line = new CommandLine(new RunCommand(out, err));
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    Map<String, String> exitCodes = new LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) exitCodes.put(String.format("%3d", code.code()), code.meaning());
    line.getCommandSpec().usageMessage().exitCodeList(exitCodes);
    line.getSubcommands().values().forEach(sub -> sub.getCommandSpec().usageMessage().exitCodeList(exitCodes));
    line.setParameterExceptionHandler((e, args) -> {
      CommandLine command = e.getCommandLine();
      command.getErr().println("Lỗi dòng lệnh: " + translate(e));
      command.getErr().println("Gõ " + command.getCommandSpec().qualifiedName() + " --help để xem cách dùng.");
      return ExitCode.USAGE.code();
    });
    line.setExecutionExceptionHandler((e, command, parseResult) -> {
      err.println(InternalError.report(e));
      return ExitCode.INTERNAL.code();
    });
    return line;
  }

  private static String translate(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      return "không hiểu tham số " + String.join(" ", u.getUnmatched()) + ".";
    }
    if (e instanceof CommandLine.MissingParameterException m) {
      return "thiếu giá trị cho " + m.getMissing().stream().map(a -> a.paramLabel()).reduce((a, b) -> a + ", " + b).orElse("tham số") + ".";
    }
    return "tham số không hợp lệ (" + e.getMessage() + ").";
  }
}
