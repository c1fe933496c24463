package vn.cchc.report.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** A subcommand that runs the job in one of its modes, with the run's options. */
abstract class ModeCommand implements Callable<Integer> {
  @ParentCommand RunCommand parent;

  @Mixin Options options = new Options();

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "In hướng dẫn này rồi thoát.")
  boolean help;

  abstract Job.Mode mode();

  @Override
  public Integer call() {
    return new Job(options, parent.out(), parent.err()).run(mode(), false).code();
  }
}
