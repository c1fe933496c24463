package vn.cchc.report.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cchc.report.report.doc.Document;
import vn.cchc.report.report.doc.Section;
import vn.cchc.report.report.markup.MarkupOutputFormat;
import vn.cchc.report.report.markup.MarkupParser;

/**
 * Builds the report document from the summary and the office's identity, with all wording taken
 * from the FreeMarker templates in the project's templates/ folder. Values reach the templates
 * already printed the Vietnamese way; templates cannot create Java objects (?new, ?api are off).
 */
public final class ReportBuilder {

  /** The template files, in the order their sections appear in the document. */
  public static final List<String> REPORT_TEMPLATES = List.of("bao-cao.ftl", "phu-luc-1.ftl", "phu-luc-2.ftl", "phu-luc-3.ftl",
      "phu-luc-de-xuat.ftl");

  /** A template is missing or wrong; the message names it and says what to fix. */
  public static final class TemplateProblem extends Exception {
    private static final long serialVersionUID = 1L;

    TemplateProblem(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The office's identity as printed (data-contract.md §5).
   *
   * @param reportNumber "" to leave the number blank for the văn thư
   * @param signerAuthority "KT", "TM", "Q", "TL", "TUQ" or ""
   */
  @io.soabase.recordbuilder.core.RecordBuilder
  public record Identity(
      String parentAgency,
      String agency,
      String agencyShortName,
      String abbreviation,
      String place,
      String reportNumber,
      LocalDate reportDate,
      List<String> kinhGui,
      List<String> recipients,
      String archive,
      String signerAuthority,
      String signerHeadTitle,
      String signerTitle,
      String signerName,
      List<String> proposals,
      int replyWithinDays) {
    public Identity {
      kinhGui = kinhGui == null ? List.of() : List.copyOf(kinhGui);
      recipients = recipients == null ? List.of() : List.copyOf(recipients);
      proposals = proposals == null ? List.of() : List.copyOf(proposals);
    }
  }

  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance));

  private final Configuration freemarker;
  /**
   * The summary as the templates see it, made once for every document of a run (a province's summary
   * is tens of megabytes as maps, and five hundred letters are worded from it, some side by side).
   * The templates only read it.
   */
  private Summary modelled;
  private Map<?, ?> summaryModel;

  /** Where the program's own templates are: inside the jar (built from the project's templates/ folder). */
  static final String BUILT_IN = "templates";

  /**
   * @param overrides a folder whose .ftl files replace the built-in ones of the same name (the
   *     office's templates/ beside its configuration); null for the built-in templates only
   */
  public ReportBuilder(Path overrides) throws TemplateProblem {
    freemarker = new Configuration(Configuration.VERSION_2_3_34);
    List<freemarker.cache.TemplateLoader> loaders = new ArrayList<>();
    if (overrides != null) {
      checkOverrides(overrides);
      try {
        loaders.add(new FileTemplateLoader(overrides.toFile()));
      } catch (IOException e) {
        throw new TemplateProblem("Không mở được thư mục mẫu văn bản " + overrides.toAbsolutePath() + " (" + e.getMessage()
            + "). Hãy kiểm tra thư mục, hoặc xóa nó để dùng mẫu có sẵn của chương trình.", e);
      }
    }
    loaders.add(new freemarker.cache.ClassTemplateLoader(ReportBuilder.class.getClassLoader(), BUILT_IN));
    freemarker.setTemplateLoader(new freemarker.cache.MultiTemplateLoader(loaders.toArray(freemarker.cache.TemplateLoader[]::new)));
    freemarker.setDefaultEncoding("UTF-8");
    freemarker.setOutputFormat(MarkupOutputFormat.INSTANCE);
    freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    freemarker.setAPIBuiltinEnabled(false);
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
    freemarker.setWrapUncheckedExceptions(true);
    freemarker.setFallbackOnNullLoopVariable(false);
    freemarker.setLocale(Locale.ROOT);
    freemarker.setNumberFormat("computer");
  }

  /**
   * Every template of the office's folder must be a plain file inside it: one linked from elsewhere
   * would be read from outside the folder the office controls (or silently replaced by the built-in
   * one), so it is refused with its name.
   */
  private static void checkOverrides(Path folder) throws TemplateProblem {
    if (!java.nio.file.Files.isDirectory(folder)) {
      throw new TemplateProblem("Không tìm thấy thư mục mẫu văn bản " + folder.toAbsolutePath()
          + ". Hãy sửa đường dẫn, hoặc bỏ tùy chọn --templates để dùng mẫu có sẵn của chương trình.", null);
    }
    List<Path> files;
    try (var listing = java.nio.file.Files.list(folder)) {
      files = listing.filter(f -> f.getFileName().toString().matches(".*\\.ftlh?")).sorted().toList();
    } catch (IOException e) {
      throw new TemplateProblem("Không đọc được thư mục mẫu văn bản " + folder.toAbsolutePath() + " (" + e.getMessage() + ").", e);
    }
    for (Path file : files) {
      if (java.nio.file.Files.isSymbolicLink(file) || !java.nio.file.Files.isRegularFile(file)) {
        throw new TemplateProblem("Mẫu văn bản " + file.toAbsolutePath() + " là liên kết hoặc không phải tệp thường, nên không "
            + "được dùng. Hãy chép chính tệp mẫu vào thư mục " + folder.toAbsolutePath() + " (thay cho liên kết).", null);
      }
    }
  }

  /** The công văn đôn đốc of issue #12, one a unit. */
  public static final String REMINDER_TEMPLATE = "cong-van-don-doc.ftl";

  /** The công văn đôn đốc to one unit ({@link #REMINDER_TEMPLATE}). */
  public Document buildReminder(Summary summary, Identity identity, Section.Margins margins, Summary.Reminder reminder)
      throws TemplateProblem {
    Map<String, Object> model = model(summary, identity);
    model.put("r", MAPPER.convertValue(reminder, LinkedHashMap.class));
    String markup = render(REMINDER_TEMPLATE, model);
    List<Section> sections;
    try {
      sections = MarkupParser.parse(markup, margins);
    } catch (MarkupParser.MarkupException e) {
      throw new TemplateProblem("Mẫu văn bản templates/" + REMINDER_TEMPLATE + " sinh ra " + e.getMessage() + ". Hãy sửa mẫu.", e);
    }
    return new Document("Đôn đốc thực hiện nhiệm vụ: " + reminder.unitName(), identity.agencyShortName(), identity.reportDate(),
        sections);
  }

  /** The run summary page of issue #13: HTML, escaped as HTML (the template's .ftlh name says so). */
  public static final String RUN_PAGE_TEMPLATE = "tong-hop.ftlh";

  /** tong-hop.html from {@link #RUN_PAGE_TEMPLATE}: the page's text, the charts inline. */
  public String buildRunPage(Summary summary, Identity identity, RunPage page) throws TemplateProblem {
    Map<String, Object> model = model(summary, identity);
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("trend", MAPPER.convertValue(page.trend(), List.class));
    extra.put("periodsRun", page.periodsRun());
    extra.put("trendHasGaps", page.trendHasGaps());
    extra.put("files", MAPPER.convertValue(page.files(), List.class));
    extra.put("lastYearRecordPeriod", page.lastYearRecordPeriod());
    extra.put("lastYearConfiguredBesideRecord", page.lastYearConfiguredBesideRecord());
    // the dossier rate the target applies to (R1 or R2), for the total and each line: chosen here, not by the template
    String rate = summary.header().dossierTargetRate();
    extra.put("dossierRate", MAPPER.convertValue(RunPage.targetRate(summary.dossiers().total(), rate), Map.class));
    extra.put("lineRates", MAPPER.convertValue(
        summary.dossiers().lines().stream().map(line -> RunPage.targetRate(line, rate)).toList(), List.class));
    List<Summary.ProblemLine> problems = summary.validation().problems();
    int shown = Math.min(problems.size(), RunPage.MOST_PROBLEMS_SHOWN);
    extra.put("problems", MAPPER.convertValue(problems.subList(0, shown), List.class));
    extra.put("problemsNotShown", problems.size() - shown);
    model.put("page", extra);
    RunPage.Charts charts = page.charts();
    Map<String, Object> draw = new LinkedHashMap<>();
    draw.put("unitCompletion", (TemplateMethodModelEx) args -> charts.unitCompletion(stringArg(args, 0)));
    draw.put("unitDossiers", (TemplateMethodModelEx) args -> charts.unitDossiers(stringArg(args, 0)));
    draw.put("trend", (TemplateMethodModelEx) args -> charts.trend(stringArg(args, 0), stringArg(args, 1), stringArg(args, 2),
        stringArg(args, 3)));
    model.put("charts", draw);
    return render(RUN_PAGE_TEMPLATE, model);
  }

  public Document build(Summary summary, Identity identity, Section.Margins margins) throws TemplateProblem {
    Map<String, Object> model = model(summary, identity);
    List<Section> sections = new ArrayList<>();
    for (String name : REPORT_TEMPLATES) {
      String markup = render(name, model);
      try {
        sections.addAll(MarkupParser.parse(markup, margins));
      } catch (MarkupParser.MarkupException e) {
        throw new TemplateProblem("Mẫu văn bản templates/" + name + " sinh ra " + e.getMessage() + ". Hãy sửa mẫu.", e);
      }
    }
    String title = "Báo cáo kết quả thực hiện Kế hoạch số " + summary.header().planNumber() + "/" + summary.header().planSymbol()
        + " " + summary.header().periodInSentence();
    return new Document(title, identity.agencyShortName(), identity.reportDate(), sections);
  }

  private String render(String name, Map<String, Object> model) throws TemplateProblem {
    try {
      Template template = freemarker.getTemplate(name);
      StringWriter out = new StringWriter();
      template.process(model, out);
      return out.toString();
    } catch (IOException | TemplateException | MarkupParser.MarkupException e) {
      throw new TemplateProblem("Mẫu văn bản templates/" + name + " lỗi: " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> model(Summary summary, Identity identity) {
    Map<String, Object> model = new HashMap<>();
    model.put("s", summaryModel(summary));
    model.put("org", MAPPER.convertValue(identity, LinkedHashMap.class));
    Summary.Header h = summary.header();
    Map<String, Object> printed = new LinkedHashMap<>();
    printed.put("reportDateLine", identity.place() + ", " + VietnameseFormat.dateLine(identity.reportDate()));
    printed.put("reportDateWords", VietnameseFormat.dateLine(identity.reportDate()));
    printed.put("reportNumber", identity.reportNumber().isBlank() ? "      " : identity.reportNumber());
    printed.put("planIssuedOn", VietnameseFormat.date(h.planIssuedOn()));
    printed.put("windowFrom", VietnameseFormat.date(h.windowFrom()));
    printed.put("windowTo", VietnameseFormat.date(h.windowTo()));
    printed.put("cutOff", VietnameseFormat.date(h.cutOff()));
    printed.put("runDate", VietnameseFormat.date(h.runDate()));
    printed.put("unitThreshold", VietnameseFormat.percent(h.unitCompletionThreshold()));
    printed.put("dossierTarget", VietnameseFormat.percent(h.dossierOnTimeTarget()));
    // The date by which a unit reminded by a công văn đôn đốc reports back.
    printed.put("replyBy", VietnameseFormat.date(identity.reportDate().plusDays(Math.max(1, identity.replyWithinDays()))));
    model.put("p", printed);
    model.put("count", (TemplateMethodModelEx) args -> VietnameseFormat.count(longArg(args, 0)));
    model.put("countOf", (TemplateMethodModelEx) args -> VietnameseFormat.countOf(longArg(args, 0), stringArg(args, 1)));
    model.put("number", (TemplateMethodModelEx) args -> VietnameseFormat.number(longArg(args, 0)));
    model.put("bare", (TemplateMethodModelEx) args -> ProseText.bare(stringArg(args, 0)));
    return model;
  }

  private synchronized Map<?, ?> summaryModel(Summary summary) {
    if (modelled != summary) {
      summaryModel = MAPPER.convertValue(summary, LinkedHashMap.class);
      modelled = summary;
    }
    return summaryModel;
  }

  private static long longArg(List<?> args, int index) throws TemplateModelException {
    Object arg = args.get(index);
    if (arg instanceof TemplateNumberModel n) return n.getAsNumber().longValue();
    throw new TemplateModelException("cần một số ở tham số " + (index + 1));
  }

  private static String stringArg(List<?> args, int index) throws TemplateModelException {
    Object arg = args.get(index);
    if (arg instanceof TemplateScalarModel s) return s.getAsString();
    throw new TemplateModelException("cần một chuỗi ở tham số " + (index + 1));
  }
}
