package vn.cchc.report.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import vn.cchc.report.config.ConfigException;
import vn.cchc.report.config.ConfigLoader;
import vn.cchc.report.config.OfficeConfig;
import vn.cchc.report.domain.DataWindow;
import vn.cchc.report.domain.Period;
import vn.cchc.report.domain.RunRecord;
import vn.cchc.report.ingest.ColumnMapping;
import vn.cchc.report.ingest.InputData;
import vn.cchc.report.ingest.InputLoader;
import vn.cchc.report.problem.FileTally;
import vn.cchc.report.problem.Messages;
import vn.cchc.report.problem.OfficialDate;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.ValidationReport;
import vn.cchc.report.render.DocumentRenderer;
import vn.cchc.report.render.OutputSet;
import vn.cchc.report.render.Renderers;
import vn.cchc.report.render.csv.ValidationCsv;
import vn.cchc.report.render.html.SvgCharts;
import vn.cchc.report.render.json.RunRecords;
import vn.cchc.report.render.json.SummaryJson;
import vn.cchc.report.render.xlsx.FiguresXlsx;
import vn.cchc.report.render.xlsx.UnitFormXlsx;
import vn.cchc.report.render.xlsx.ValidationXlsx;
import vn.cchc.report.report.ReportBuilder;
import vn.cchc.report.report.ReportBuilderIdentityBuilder;
import vn.cchc.report.report.RunPage;
import vn.cchc.report.report.Summary;
import vn.cchc.report.report.SummaryBuilder;
import vn.cchc.report.report.SummaryBuilderSettingsBuilder;
import vn.cchc.report.report.UnitForms;
import vn.cchc.report.report.doc.Document;
import vn.cchc.report.report.doc.Section;
import vn.cchc.report.rules.CutOffConvention;
import vn.cchc.report.rules.DeadlineParser;
import vn.cchc.report.rules.DeadlineSettings;
import vn.cchc.report.rules.Periods;
import vn.cchc.report.rules.PlanDeadlines;
import vn.cchc.report.rules.RunHistory;

/** One run: configuration → period → inputs → checks → files. Glue only; each stage lives in its package. */
final class Job {
  enum Mode {
    CHECK,
    REPORT,
    /** The forms to send the units at the start of the period (issue #12). */
    FORMS
  }

  static final String PROBLEMS_FILE = "kiem-tra-du-lieu.csv";
  /** The run summary page of issue #13. */
  static final String RUN_PAGE_FILE = "tong-hop.html";
  static final String RECONCILIATION_FILE = "kiem-tra-du-lieu-doi-soat.csv";
  /** A công văn đôn đốc to one unit: this, its code, then .docx or .pdf. */
  static final String REMINDER_PREFIX = "cong-van-don-doc-";
  /** Every công văn đôn đốc of the run in one PDF, to print. */
  static final String REMINDERS_TO_PRINT = "in-cong-van-don-doc.pdf";
  private static final int PROBLEMS_ON_SCREEN = 40;

  private final Options options;
  private final PrintStream out;
  private final PrintStream err;

  Job(Options options, PrintStream out, PrintStream err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  ExitCode run(Mode mode, boolean strict) {
    warmUp(mode);
    OfficeConfig config;
    try {
      config = ConfigLoader.load(options.config);
    } catch (ConfigException e) {
      err.println(e.getMessage());
      return ExitCode.SETUP;
    }
    String periodText = options.period != null ? options.period : config.period();
    if (periodText.isBlank()) {
      err.println("Chưa chọn kỳ báo cáo. Hãy ghi --period, ví dụ --period 2022-Q1, hoặc khóa period trong tệp cấu hình.");
      return ExitCode.USAGE;
    }
    Period period;
    try {
      period = Periods.parse(periodText);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return ExitCode.USAGE;
    }
    CutOffConvention convention = config.rules().calendarPeriods() ? CutOffConvention.CALENDAR : CutOffConvention.DECREE_09_2019;
    DataWindow window = Periods.window(period, convention);
    LocalDate today = options.today != null ? options.today : LocalDate.now();
    out.println("Kỳ báo cáo: " + period.vietnameseName() + " — số liệu từ " + OfficialDate.of(window.from()) + " đến " + OfficialDate.of(window.to())
        + " (ngày chốt " + OfficialDate.of(window.cutOff()) + ")");

    ValidationReport report = new ValidationReport();
    var inputs = config.inputs();
    var where = new InputLoader.Locations(inputs.dataRoot(), inputs.units(), inputs.plan(),
        inputs.submissions().resolve(period.id()), inputs.dossiers().resolve(period.id()));
    ProgressDisplay progress = new ProgressDisplay(Main.terminal(), inputBytes(where));
    InputData data;
    try {
      data = InputLoader.load(where, new InputLoader.Dates(window.from(), window.cutOff(), today), readingSettings(config, period), report);
    } finally {
      progress.close();
    }
    // rules §2: deadlines are resolved now so that their warnings reach the validation report.
    var parser = new DeadlineParser(new DeadlineSettings(config.rules().beforeMeansDayBefore()));
    PlanDeadlines deadlines = PlanDeadlines.resolve(data.plan(), parser, config.plan().issuedOn());
    deadlines.warnings().forEach(report::add);
    Path outputRoot = options.output != null ? options.output : config.output();
    RunHistory.Selection history = mode == Mode.FORMS ? null : history(config, period, outputRoot, report);
    printReconciliation(report);
    printProblems(report);

    if (mode == Mode.FORMS) return forms(config, period, window, today, data, deadlines, outputRoot);
    boolean render = data.usable() && mode == Mode.REPORT && !(strict && report.hasErrors());
    String documentName = "bao-cao-cchc-" + period.id();
    List<String> written = new ArrayList<>();
    try (OutputSet set = new OutputSet(outputRoot.resolve(period.id()), options.overwrite)) {
      set.open();
      set.write(PROBLEMS_FILE, o -> ValidationCsv.writeProblems(report, o));
      set.write(RECONCILIATION_FILE, o -> ValidationCsv.writeReconciliation(report, o));
      // The workbooks and documents are made side by side (each is independent), each straight into its file.
      List<Output> outputs = new ArrayList<>();
      outputs.add(new Output(ValidationXlsx.FILE, RunPage.FileKind.PROBLEMS_XLSX, "", o -> ValidationXlsx.write(report, today, o)));
      if (render) {
        Summary summary = summary(config, period, convention, window, today, data, deadlines, history, report);
        written.add("Tổng hợp số liệu (JSON): " + set.folder().resolve(SummaryJson.FILE));
        ReportBuilder builder = new ReportBuilder(templates(config));
        ReportBuilder.Identity identity = identity(config, today);
        // The report is worded from the templates by the first of its makers to start (its first format, second
        // in line), while the other core goes on with the workbooks and the page; the letters likewise.
        FutureTask<Document> document = new FutureTask<>(() -> builder.build(summary, identity, margins(config.layout())));
        List<DocumentRenderer> renderers = Renderers.all(config.layout().timesFonts());
        written.add("Bảng số liệu (Excel): " + set.folder().resolve(FiguresXlsx.FILE));
        for (DocumentRenderer renderer : renderers) {
          boolean pdf = renderer.extension().equals("pdf");
          String name = documentName + "." + renderer.extension();
          outputs.add(new Output(name, pdf ? RunPage.FileKind.REPORT_PDF : RunPage.FileKind.REPORT_DOCX, "",
              o -> renderer.render(made(document), o)));
          written.add("Văn bản: " + set.folder().resolve(name));
        }
        outputs.add(new Output(FiguresXlsx.FILE, RunPage.FileKind.FIGURES_XLSX, "", o -> FiguresXlsx.write(summary, today, o)));
        reminders(outputs, builder, summary, identity, margins(config.layout()), renderers)
            .ifPresent(line -> written.add(line + set.folder().resolve(REMINDERS_TO_PRINT) + ")"));
        // The JSON third in line (after the report's DOCX, the longest to make, has started on the other core);
        // the run summary page, which links every file of the set, is made knowing them all, fourth.
        outputs.add(2, new Output(SummaryJson.FILE, RunPage.FileKind.SUMMARY_JSON, "", o -> SummaryJson.write(summary, o)));
        RunPage page = runPage(config, period, summary, history, outputs);
        outputs.add(3, new Output(RUN_PAGE_FILE, RunPage.FileKind.RUN_PAGE, "",
            o -> o.write(builder.buildRunPage(summary, identity, page).getBytes(StandardCharsets.UTF_8))));
        written.add("Trang tổng hợp (mở bằng trình duyệt): " + set.folder().resolve(RUN_PAGE_FILE));
      }
      try (ProgressDisplay layout = new ProgressDisplay(Main.terminal(), 1)) {
        if (render) layout.rendering();
        makeAll(set, outputs);
      }
      // The whole set is in place at once: the folder never holds a CSV of this run beside a DOCX of another.
      set.commit();
      written.forEach(out::println);
      out.println("Báo cáo kiểm tra dữ liệu: " + set.folder().resolve(PROBLEMS_FILE) + " (bản Excel: " + ValidationXlsx.FILE + ")");
    } catch (OutputSet.ExistsException e) {
      err.println(exists(outputRoot.resolve(period.id()), e));
      return ExitCode.SETUP;
    } catch (OutputSet.LockedException e) {
      err.println("Một lần chạy khác đang ghi kết quả kỳ " + period.id() + " vào " + outputRoot.toAbsolutePath().normalize()
          + (e.holder().isEmpty() ? "" : " (" + e.holder() + ")") + ". Hãy chờ lần chạy đó xong rồi chạy lại.");
      return ExitCode.SETUP;
    } catch (ReportBuilder.TemplateProblem | DocumentRenderer.RenderException e) {
      err.println("Không lập được văn bản: " + e.getMessage());
      return ExitCode.SETUP;
    } catch (IOException e) {
      err.println("Không ghi được kết quả vào " + outputRoot.resolve(period.id()).toAbsolutePath().normalize() + ": " + e.getMessage()
          + ". Hãy kiểm tra quyền ghi và dung lượng đĩa.");
      return ExitCode.SETUP;
    }
    if (!data.usable()) {
      for (Problem p : data.blocking()) err.println("Không thể lập báo cáo: " + p.describe());
      err.println("Đã kiểm tra mọi tệp đầu vào; hãy sửa các lỗi trên (danh sách đầy đủ trong " + PROBLEMS_FILE + ") rồi chạy lại.");
      return ExitCode.SETUP;
    }
    if (mode == Mode.REPORT && strict && report.hasErrors()) {
      err.println("Chế độ nghiêm ngặt: còn " + report.errorCount() + " lỗi dữ liệu nên không lập văn bản. Hãy sửa các lỗi trong "
          + PROBLEMS_FILE + " rồi chạy lại.");
      return ExitCode.STRICT_REFUSED;
    }
    return report.hasErrors() ? ExitCode.DATA_ERRORS : ExitCode.OK;
  }

  /**
   * Loads the Office library's Word classes on the spare core while the inputs are read, so that the
   * DOCX written at the end does not wait for them (measured in bench/README: about a third of a
   * second on two cores). Only a head start: nothing it does is kept. A check writes no DOCX, and its
   * workbook needs none of them (fastexcel), so it starts none.
   */
  private static void warmUp(Mode mode) {
    if (mode != Mode.REPORT) return;
    Thread thread = new Thread(() -> {
      try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
        docx.createParagraph().createRun().setText("x");
        docx.createTable(1, 1);
        docx.write(java.io.OutputStream.nullOutputStream());
      } catch (IOException | RuntimeException | LinkageError e) {
        // the real writing reports whatever goes wrong
      }
    }, "cchc-report-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * The earlier runs' records that this run uses (issue #13): for "higher than last year" and the
   * trend. Records of another office or plan, and records that cannot be read, are warned of here,
   * before the validation report is written.
   */
  static RunHistory.Selection history(OfficeConfig config, Period period, Path outputRoot, ValidationReport report) {
    RunRecords.Found found = RunRecords.read(outputRoot, period, config.thresholds().targetRate().name());
    String plan = UnitForms.planLabel(config.plan().number(), config.plan().symbol());
    String office = config.organisation().shortName();
    RunHistory.Selection selection = RunHistory.select(period, office, plan, found.records());
    for (RunHistory.SetAside aside : selection.setAside()) {
      RunRecord r = aside.record();
      report.add(aside.reason() == RunHistory.Reason.OTHER_OFFICE ? Messages.otherOfficesRecord(r.file(), r.organisation(), office)
          : Messages.otherPlansRecord(r.file(), r.plan(), plan));
    }
    for (RunRecords.Unreadable u : found.unreadable()) report.add(Messages.unreadableRecord(u.file(), u.why()));
    return selection;
  }

  /** What tong-hop.html shows beside the summary: the trend, the set's files by kind, where last year's rate came from. */
  private static RunPage runPage(OfficeConfig config, Period period, Summary summary, RunHistory.Selection history,
      List<Output> outputs) {
    List<RunPage.OutputFile> files = new ArrayList<>();
    files.add(new RunPage.OutputFile(PROBLEMS_FILE, RunPage.FileKind.PROBLEMS_CSV, ""));
    files.add(new RunPage.OutputFile(RECONCILIATION_FILE, RunPage.FileKind.RECONCILIATION_CSV, ""));
    for (Output output : outputs) files.add(new RunPage.OutputFile(output.name(), output.kind(), output.unitName()));
    // the report first, then the figures, the validation report, the letters (each unit's two side by side)
    List<RunPage.FileKind> order = List.of(RunPage.FileKind.REPORT_DOCX, RunPage.FileKind.REPORT_PDF, RunPage.FileKind.SUMMARY_JSON,
        RunPage.FileKind.FIGURES_XLSX, RunPage.FileKind.PROBLEMS_CSV, RunPage.FileKind.PROBLEMS_XLSX, RunPage.FileKind.RECONCILIATION_CSV,
        RunPage.FileKind.REMINDERS_PDF, RunPage.FileKind.REMINDER_DOCX);
    files.sort(java.util.Comparator.comparingInt(
        f -> order.indexOf(f.kind() == RunPage.FileKind.REMINDER_PDF ? RunPage.FileKind.REMINDER_DOCX : f.kind())));
    String lastYearFrom = config.previousYearOnTime() != null ? ""
        : history.sameTimeLastYear(period).map(r -> r.period().vietnameseName()).orElse("");
    List<RunPage.TrendPoint> trend = RunPage.trend(period, history.earlier(), summary);
    // the configuration's figure for last year wins on the page's card; the trend keeps that period's record
    boolean configuredBesideRecord = config.previousYearOnTime() != null && history.sameTimeLastYear(period).isPresent();
    return new RunPage(trend, files, lastYearFrom, configuredBesideRecord, new SvgCharts(summary, trend));
  }

  /** A unit's code as part of a file name. */
  private static String fileSafe(String code) {
    return code.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  /** The folder of a period's forms, beside the period's results: bieu-mau-2022-Q1. */
  static String formsFolder(Period period) {
    return "bieu-mau-" + period.id();
  }

  /** One form per unit that leads a task, into {@link #formsFolder}, the whole folder at once. */
  private ExitCode forms(OfficeConfig config, Period period, DataWindow window, LocalDate today, InputData data,
      PlanDeadlines deadlines, Path outputRoot) {
    if (!data.usable()) {
      for (Problem p : data.blocking()) err.println("Không lập được biểu mẫu: " + p.describe());
      return ExitCode.SETUP;
    }
    var plan = config.plan();
    List<UnitForms.UnitForm> forms = UnitForms.of(data.plan(), deadlines.deadlines(), data.registry(), period, window.from(),
        window.cutOff(), UnitForms.planLabel(plan.number(), plan.symbol()), plan.title(),
        SummaryJson.unitStatusesOf(outputRoot.resolve(Periods.previous(period).id()).resolve(SummaryJson.FILE)));
    Path folder = outputRoot.resolve(formsFolder(period));
    try (OutputSet set = new OutputSet(folder, options.overwrite)) {
      set.open();
      for (UnitForms.UnitForm form : forms) {
        set.write(fileSafe(form.stamp().unitCode()) + ".xlsx", o -> UnitFormXlsx.write(form, today, o));
      }
      set.commit();
    } catch (OutputSet.ExistsException e) {
      err.println(exists(folder, e));
      return ExitCode.SETUP;
    } catch (OutputSet.LockedException e) {
      err.println("Một lần chạy khác đang ghi biểu mẫu vào " + folder.toAbsolutePath().normalize() + ". Hãy chờ lần chạy đó xong.");
      return ExitCode.SETUP;
    } catch (IOException e) {
      err.println("Không ghi được biểu mẫu vào " + folder.toAbsolutePath().normalize() + ": " + e.getMessage()
          + ". Hãy kiểm tra quyền ghi và dung lượng đĩa.");
      return ExitCode.SETUP;
    }
    out.println("Biểu mẫu báo cáo " + period.vietnameseName() + ": " + forms.size() + " đơn vị, trong " + folder.toAbsolutePath().normalize());
    out.println("Gửi mỗi đơn vị tệp mang mã của đơn vị; tệp điền xong đặt vào thư mục báo cáo của kỳ (đổi tên tệp cũng được).");
    return ExitCode.OK;
  }

  /**
   * A công văn đôn đốc to each unit with an overdue task or no report (issue #12), as DOCX and PDF,
   * and all of them in one PDF to print ({@value #REMINDERS_TO_PRINT}): their names and makers added
   * to the run's outputs; the line to print about them, when there are any.
   */
  private static Optional<String> reminders(List<Output> outputs, ReportBuilder builder, Summary summary,
      ReportBuilder.Identity identity, Section.Margins margins, List<DocumentRenderer> renderers) {
    List<FutureTask<Document>> letters = new ArrayList<>();
    for (Summary.Reminder reminder : summary.reminders()) {
      // worded by the first of its makers to start
      FutureTask<Document> letter = new FutureTask<>(() -> builder.buildReminder(summary, identity, margins, reminder));
      letters.add(letter);
      for (DocumentRenderer renderer : renderers) {
        boolean pdf = renderer.extension().equals("pdf");
        outputs.add(new Output(REMINDER_PREFIX + fileSafe(reminder.unitCode()) + "." + renderer.extension(),
            pdf ? RunPage.FileKind.REMINDER_PDF : RunPage.FileKind.REMINDER_DOCX, reminder.unitName(),
            o -> renderer.render(made(letter), o)));
      }
    }
    if (letters.isEmpty()) return Optional.empty();
    DocumentRenderer pdf = renderers.stream().filter(r -> r.extension().equals("pdf")).findFirst().orElseThrow();
    outputs.add(new Output(REMINDERS_TO_PRINT, RunPage.FileKind.REMINDERS_PDF, "", o -> {
      List<Section> all = new ArrayList<>();
      for (FutureTask<Document> letter : letters) all.addAll(made(letter).sections());
      pdf.render(new Document("Công văn đôn đốc", identity.agencyShortName(), identity.reportDate(), all), o);
    }));
    return Optional.of("Công văn đôn đốc: " + summary.reminders().size() + " đơn vị (" + REMINDER_PREFIX
        + "<mã đơn vị>.docx/.pdf; in cả loạt: ");
  }

  /**
   * A document that several makers need, made by the first of them to ask (the others wait for it);
   * what making it threw, thrown again.
   */
  private static Document made(FutureTask<Document> document) throws Exception {
    document.run();
    try {
      return document.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) throw cause;
      if (e.getCause() instanceof Error error) throw error;
      throw e;
    }
  }

  /** A maker's checked failure, carried out of the file it was writing. */
  private static final class Failed extends RuntimeException {
    Failed(Exception cause) {
      super(cause);
    }
  }

  /** What writes one output file. */
  private interface Maker {
    void writeTo(java.io.OutputStream out) throws Exception;
  }

  /** One file of the set made on the render threads: its name, what it is (for the run summary page's links), its maker. */
  private record Output(String name, RunPage.FileKind kind, String unitName, Maker maker) {}

  /** The bytes of every input file, for the progress bar: the registry, the plan and the period's folders. */
  private static long inputBytes(InputLoader.Locations where) {
    long total = 0;
    for (Path path : List.of(where.units(), where.plan(), where.submissions(), where.dossiers())) {
      try {
        if (java.nio.file.Files.isRegularFile(path)) {
          total += java.nio.file.Files.size(path);
        } else if (java.nio.file.Files.isDirectory(path)) {
          try (var files = java.nio.file.Files.list(path)) {
            for (Path f : files.toList()) if (java.nio.file.Files.isRegularFile(f)) total += java.nio.file.Files.size(f);
          }
        }
      } catch (IOException e) {
        // only for the progress bar
      }
    }
    return total;
  }

  /**
   * The outputs made side by side, one thread a core (the workbooks and each document's DOCX and PDF
   * share nothing but read-only models), started in the order given, each written into the set as it
   * is made (a province's thousand files are never all in memory at once).
   */
  private static void makeAll(OutputSet set, List<Output> outputs)
      throws IOException, DocumentRenderer.RenderException, ReportBuilder.TemplateProblem {
    int threads = Math.max(2, Math.min(outputs.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "cchc-report-render");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<Path>> futures = new ArrayList<>();
      for (Output output : outputs) {
        Maker maker = output.maker();
        futures.add(pool.submit(() -> set.write(output.name(), o -> {
          java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(o, 1 << 16);
          try {
            maker.writeTo(buffered);
          } catch (IOException | RuntimeException e) {
            throw e;
          } catch (Exception e) {
            throw new Failed(e);
          }
          buffered.flush();
        })));
      }
      for (var future : futures) future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof Failed failed ? failed.getCause() : e.getCause();
      if (cause instanceof DocumentRenderer.RenderException render) throw render;
      if (cause instanceof ReportBuilder.TemplateProblem template) throw template;
      if (cause instanceof IOException io) throw io;
      if (cause instanceof RuntimeException runtime) throw runtime;
      if (cause instanceof Error error) throw error;
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      // On a failure the others are stopped and waited for: the set is cleaned up only once nothing writes into it.
      pool.shutdownNow();
      try {
        if (!pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)) {
          throw new IOException("các luồng lập tệp chưa dừng sau 60 giây");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static String exists(Path folder, OutputSet.ExistsException e) {
    return "Thư mục " + folder.toAbsolutePath().normalize() + " đã có kết quả của kỳ này (" + e.existing().get(0).getFileName()
        + " …). Chương trình không ghi đè: hãy thêm --overwrite để ghi đè (bộ kết quả cũ được giữ nguyên trong thư mục "
        + folder.getFileName() + ".bak), hoặc chọn --output khác.";
  }

  /**
   * The office's own templates: --templates, else a templates/ folder beside the configuration;
   * null when neither (the built-in templates of the jar then make the whole report).
   */
  private Path templates(OfficeConfig config) {
    if (options.templates != null) return options.templates;
    Path beside = config.file().toAbsolutePath().getParent().resolve("templates");
    return java.nio.file.Files.isDirectory(beside) ? beside : null;
  }

  /** How to read the office's files: its header names, default lead and deadline, the plan's date. */
  static InputLoader.Settings readingSettings(OfficeConfig config, Period period) {
    var plan = config.plan();
    return new InputLoader.Settings(new ColumnMapping(config.columns()), plan.defaultLead(), plan.defaultDeadline(), plan.issuedOn(),
        period.id(), UnitForms.planLabel(plan.number(), plan.symbol()));
  }

  static Summary summary(OfficeConfig config, Period period, CutOffConvention convention, DataWindow window,
      LocalDate today, InputData data, PlanDeadlines deadlines, Path outputRoot, ValidationReport report) {
    return summary(config, period, convention, window, today, data, deadlines, history(config, period, outputRoot, report), report);
  }

  static Summary summary(OfficeConfig config, Period period, CutOffConvention convention, DataWindow window,
      LocalDate today, InputData data, PlanDeadlines deadlines, RunHistory.Selection history, ValidationReport report) {
    // The same period last year: the configuration's figure, else that run's record in the output folder — the
    // office's own on the same plan only (a folder shared with another office must not lend it a figure).
    Optional<BigDecimal> lastYearRate = Optional.ofNullable(config.previousYearOnTime())
        .or(() -> history.sameTimeLastYear(period).map(RunRecord::dossierOnTime));
    Period next = Periods.next(period);
    var plan = config.plan();
    var settings = SummaryBuilderSettingsBuilder.builder()
        .organisation(config.organisation().shortName())
        .planNumber(plan.number())
        .planSymbol(plan.symbol())
        .planIssuedOn(plan.issuedOn())
        .planTitle(plan.title())
        .period(period)
        .window(window)
        .cutOffConvention(convention.name())
        .nextPeriod(next)
        .nextWindow(Periods.window(next, convention))
        .runDate(today)
        .thresholds(config.thresholds())
        .lastYearOnTime(lastYearRate)
        .build();
    var inputs = new SummaryBuilder.Inputs(data.registry(), data.plan(), deadlines.deadlines(), data.submissions().reports(),
        data.submissions().unitsWithFiles(), data.dossiers());
    return SummaryBuilder.build(inputs, settings, report);
  }

  /** The office's identity as the report prints it; the report's date is the configured one or the day of the run. */
  static ReportBuilder.Identity identity(OfficeConfig config, LocalDate today) {
    var org = config.organisation();
    var report = config.report();
    var signer = config.signer();
    return ReportBuilderIdentityBuilder.builder()
        .parentAgency(org.parent())
        .agency(org.name())
        .agencyShortName(org.shortName())
        .abbreviation(org.abbreviation())
        .place(org.place())
        .reportNumber(report.number())
        .reportDate(report.date() != null ? report.date() : today)
        .kinhGui(report.kinhGui())
        .recipients(report.recipients())
        .archive(report.archive())
        .signerAuthority(signer.authority())
        .signerHeadTitle(signer.headTitle())
        .signerTitle(signer.title())
        .signerName(signer.name())
        .proposals(report.proposals())
        .replyWithinDays(report.replyWithinDays())
        .build();
  }

  static Section.Margins margins(OfficeConfig.Layout layout) {
    return new Section.Margins(layout.marginTop(), layout.marginBottom(), layout.marginLeft(), layout.marginRight());
  }

  private void printReconciliation(ValidationReport report) {
    out.println();
    out.println("Đối soát dữ liệu đầu vào (số dòng đọc = dòng được dùng + dòng bị loại):");
    int width = report.tallies().stream().mapToInt(t -> t.file().length()).max().orElse(10);
    for (FileTally t : report.tallies()) {
      if (t.outcome() == FileTally.Outcome.NOT_READ) {
        out.printf("  %-" + width + "s  %6s   %6s   %6s  ← không đọc (%s)%n", t.file(), "—", "", "", t.fileProblem().code());
        continue;
      }
      String status = t.failed() ? "  ← không dùng được cả tệp" : !t.balanced() ? "  ← KHÔNG KHỚP"
          : t.usedWithErrors() > 0 ? "  (" + t.usedWithErrors() + " dòng được dùng nhưng có lỗi)" : "";
      out.printf("  %-" + width + "s  %6d = %6d + %6d%s%n", t.file(), t.read(), t.used(), t.rejected(), status);
    }
  }

  private void printProblems(ValidationReport report) {
    out.println();
    out.println("Lỗi: " + report.errorCount() + ", cảnh báo: " + report.warningCount() + ".");
    List<Problem> problems = report.problems();
    for (int i = 0; i < Math.min(problems.size(), PROBLEMS_ON_SCREEN); i++) {
      Problem p = problems.get(i);
      out.println("  [" + p.severity().label() + "] " + p.describe());
    }
    if (problems.size() > PROBLEMS_ON_SCREEN) {
      out.println("  … và " + (problems.size() - PROBLEMS_ON_SCREEN) + " vấn đề khác (xem tệp " + PROBLEMS_FILE + ").");
    }
  }
}
