package vn.cchc.report.render.html;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.ChartHints;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import vn.cchc.report.render.FontFaces;
import vn.cchc.report.report.RunPage;
import vn.cchc.report.report.Summary;

/**
 * The charts of tong-hop.html (issue #13), drawn by JFreeChart into SVG by JFreeSVG. Values and
 * their printed forms come from the summary and the trend; nothing is computed here. Readable
 * without colour: a bar under its line is light with a dark outline, one at or over it dark; each
 * bar carries its printed rate; the trend's lines differ by dash and marker shape. Every bar is an
 * SVG group whose {@code jfreesvg:ref} names the unit's code (a trend point a group whose id has its period's), and
 * the target's line is the group {@code id="<chart>-muc"}: the browser test finds them there.
 * Identical inputs give identical bytes on any machine: the font is the shipped Liberation Sans,
 * numbers are formatted without the machine's locale, and the SVG's ids are fixed.
 */
public final class SvgCharts implements RunPage.Charts {
  /** Wide enough for an A4 page's text width at 96 dpi. */
  static final int WIDTH = 700;
  private static final int BAR_ROW = 30;
  private static final Color DARK = new Color(0x1F, 0x4E, 0x79);
  private static final Color LIGHT = new Color(0xDD, 0xE6, 0xEF);
  private static final Color INK = new Color(0x22, 0x22, 0x22);
  private static final Color GRID = new Color(0xBB, 0xBB, 0xBB);
  private static final String FONT_FAMILY = "Liberation Sans, Arial, Helvetica, sans-serif";
  private static final String FONT_FILE = "LiberationSans-Regular.ttf";
  private static Font font;

  static {
    // JFreeChart marks each bar and point (setElementHinting); JFreeSVG turns the marks into groups.
    if (!SVGHints.isBeginGroupKey(ChartHints.KEY_BEGIN_ELEMENT)) SVGHints.addBeginGroupKey(ChartHints.KEY_BEGIN_ELEMENT);
    if (!SVGHints.isEndGroupKey(ChartHints.KEY_END_ELEMENT)) SVGHints.addEndGroupKey(ChartHints.KEY_END_ELEMENT);
  }

  private final Summary summary;
  private final List<RunPage.TrendPoint> trend;

  public SvgCharts(Summary summary, List<RunPage.TrendPoint> trend) {
    this.summary = summary;
    this.trend = List.copyOf(trend);
  }

  @Override
  public String unitCompletion(String markerLabel) {
    Map<String, Bar> bars = new LinkedHashMap<>();
    for (Summary.UnitLine u : summary.units()) {
      bars.put(u.code(), new Bar(u.name(), u.completion().percent(), u.completion().printed(), u.meetsThreshold()));
    }
    return barChart("bieu-do-hoan-thanh", bars, summary.header().unitCompletionThreshold(), markerLabel);
  }

  @Override
  public String unitDossiers(String markerLabel) {
    Map<String, Bar> bars = new LinkedHashMap<>();
    for (Summary.DossierLine line : summary.dossiers().lines()) {
      Summary.RateFigure rate = RunPage.targetRate(line, summary.header().dossierTargetRate());
      bars.put(line.unitCode(), new Bar(line.unitName(), rate.percent(), rate.printed(), "MET".equals(line.verdictCode())));
    }
    return barChart("bieu-do-ho-so", bars, summary.header().dossierOnTimeTarget(), markerLabel);
  }

  @Override
  public String trend(String taskCompletion, String taskOnTime, String dossierOnTime, String markerLabel) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Map<String, String> names = new LinkedHashMap<>();
    for (RunPage.TrendPoint p : trend) {
      names.put(p.period(), p.periodName());
      data.addValue(value(p.taskCompletion()), taskCompletion, p.period());
      data.addValue(value(p.taskOnTime()), taskOnTime, p.period());
      data.addValue(value(p.dossierOnTime()), dossierOnTime, p.period());
    }
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true) {
      @Override
      public void drawRangeMarker(Graphics2D g2, CategoryPlot plot, ValueAxis axis, Marker marker, Rectangle2D area) {
        grouped(g2, marker, () -> super.drawRangeMarker(g2, plot, axis, marker, area));
      }

      /** A period's point (pass 1) as the group "bieu-do-xu-huong-2021-Q4-0"; a period not run has none. */
      @Override
      public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
          CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
        if (pass != 1 || dataset.getValue(row, column) == null) {
          super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
          return;
        }
        inGroup(g2, "bieu-do-xu-huong-" + dataset.getColumnKey(column) + "-" + row,
            () -> super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass));
      }
    };
    float[][] dashes = {null, {8f, 4f}, {2f, 3f}};
    Shape[] shapes = {new Ellipse2D.Double(-4, -4, 8, 8), new Rectangle2D.Double(-4, -4, 8, 8), triangle()};
    Color[] inks = {DARK, new Color(0xB3, 0x59, 0x00), new Color(0x2E, 0x7D, 0x32)};
    for (int series = 0; series < 3; series++) {
      renderer.setSeriesPaint(series, inks[series]);
      renderer.setSeriesShape(series, shapes[series]);
      renderer.setSeriesStroke(series, dashes[series] == null ? new BasicStroke(2f)
          : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dashes[series], 0f));
    }
    renderer.setDefaultShapesFilled(true);
    CategoryAxis periods = new NamedCategoryAxis(names::get);
    NumberAxis rates = percentAxis();
    rates.setRange(0, 104); // room above 100 for a point's whole marker; the ticks still end at 100
    CategoryPlot plot = new CategoryPlot(data, periods, rates, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    JFreeChart chart = chart(plot, true);
    marker(plot, summary.header().dossierOnTimeTarget(), markerLabel, "bieu-do-xu-huong-muc", true);
    return svg("bieu-do-xu-huong", chart, 300);
  }

  /** One bar: the unit's name, its rate (null: nothing to count, no bar) and whether it meets the line. */
  private record Bar(String name, BigDecimal percent, String printed, boolean meets) {}

  private String barChart(String id, Map<String, Bar> bars, BigDecimal line, String markerLabel) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> codes = List.copyOf(bars.keySet());
    for (String code : codes) data.addValue(value(bars.get(code).percent()), "tyle", code);
    BarRenderer renderer = new BarRenderer() {
      @Override
      public void drawRangeMarker(Graphics2D g2, CategoryPlot plot, ValueAxis axis, Marker marker, Rectangle2D area) {
        grouped(g2, marker, () -> super.drawRangeMarker(g2, plot, axis, marker, area));
      }

      @Override
      public Paint getItemPaint(int row, int column) {
        return bar(column).meets() ? DARK : LIGHT;
      }

      @Override
      public Paint getItemOutlinePaint(int row, int column) {
        return bar(column).meets() ? DARK : INK;
      }

      @Override
      public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
        return inside(column) ? new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT)
            : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
      }

      @Override
      public Paint getItemLabelPaint(int row, int column) {
        return inside(column) && bar(column).meets() ? Color.WHITE : INK;
      }

      private Bar bar(int column) {
        return bars.get(codes.get(column));
      }

      /** The label inside the bar's end when there is no room for it beyond. */
      private boolean inside(int column) {
        BigDecimal percent = bar(column).percent();
        return percent != null && percent.compareTo(BigDecimal.valueOf(80)) > 0;
      }
    };
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlineStroke(new BasicStroke(1.2f));
    renderer.setItemMargin(0);
    renderer.setMaximumBarWidth(0.7);
    renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
      @Override
      public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
        return bars.get(codes.get(column)).printed();
      }
    });
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(font().deriveFont(Font.BOLD, 11f));
    CategoryAxis units = new NamedCategoryAxis(code -> bars.get(code).name());
    units.setMaximumCategoryLabelWidthRatio(0.42f);
    // a free band above the first bar, where the line's label is written
    units.setLowerMargin(1.0 / (codes.size() + 2));
    units.setUpperMargin(0.02);
    units.setMaximumCategoryLabelLines(2);
    units.setCategoryLabelPositionOffset(10);
    CategoryPlot plot = new CategoryPlot(data, units, percentAxis(), renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    JFreeChart chart = chart(plot, false);
    marker(plot, line, markerLabel, id + "-muc", false);
    return svg(id, chart, 60 + BAR_ROW * (Math.max(1, codes.size()) + 1));
  }

  /** The 0–100 axis, ticks every 10, numbers written the same whatever the machine's language. */
  private static NumberAxis percentAxis() {
    NumberAxis axis = new NumberAxis();
    axis.setRange(0, 100);
    axis.setTickUnit(new NumberTickUnit(10, new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
    axis.setTickLabelFont(font().deriveFont(11f));
    axis.setTickLabelPaint(INK);
    axis.setAxisLinePaint(INK);
    axis.setTickMarkPaint(INK);
    return axis;
  }

  private static JFreeChart chart(CategoryPlot plot, boolean legend) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    plot.setDomainGridlinesVisible(false);
    plot.setInsets(new RectangleInsets(18, 4, 4, 24));
    plot.getDomainAxis().setTickLabelFont(font().deriveFont(11.5f));
    plot.getDomainAxis().setTickLabelPaint(INK);
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    JFreeChart chart = new JFreeChart(null, font().deriveFont(12f), plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setElementHinting(true);
    LegendTitle title = chart.getLegend();
    if (title != null) {
      title.setItemFont(font().deriveFont(11.5f));
      title.setFrame(org.jfree.chart.block.BlockBorder.NONE);
      title.setPosition(RectangleEdge.BOTTOM);
      // a line's legend sample is wider than its marker: room after each name, so the next sample does not touch it
      title.setItemLabelPadding(new RectangleInsets(2, 2, 2, 16));
    }
    return chart;
  }

  /** The threshold or target as a dashed line across the plot, labelled, drawn as one SVG group named {@code id}. */
  private static void marker(CategoryPlot plot, BigDecimal at, String label, String id, boolean beneath) {
    GroupedMarker marker = new GroupedMarker(at.doubleValue(), id);
    marker.setLabel(label);
    marker.setLabelFont(font().deriveFont(Font.BOLD, 11f));
    marker.setLabelPaint(INK);
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
    if (beneath) {
      marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_LEFT);
      marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    } else {
      marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
      marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    }
    marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
    plot.addRangeMarker(marker, org.jfree.chart.ui.Layer.FOREGROUND);
  }

  /** Draws a marker; a {@link GroupedMarker} inside an SVG group with its id. */
  private static void grouped(Graphics2D g2, Marker marker, Runnable draw) {
    if (marker instanceof GroupedMarker named) {
      inGroup(g2, named.id, draw);
    } else {
      draw.run();
    }
  }

  /** What {@code draw} draws, as one SVG group with that id. */
  private static void inGroup(Graphics2D g2, String id, Runnable draw) {
    g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, id);
    draw.run();
    g2.setRenderingHint(SVGHints.KEY_END_GROUP, id);
  }

  /** A dashed line whose drawing the SVG keeps together under a known id. */
  private static final class GroupedMarker extends ValueMarker {
    private final String id;

    GroupedMarker(double value, String id) {
      super(value, INK, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 3f}, 0f));
      this.id = id;
    }
  }

  /**
   * The chart as SVG; "" when this Java cannot draw (no font library, the font unreadable): the page
   * then says so and shows the chart's table, and the run's other files are made all the same.
   */
  private String svg(String id, JFreeChart chart, int height) {
    try {
      return drawn(id, chart, height);
    } catch (LinkageError | java.awt.AWTError | IllegalStateException e) {
      org.slf4j.LoggerFactory.getLogger(SvgCharts.class).warn("chart " + id + " not drawn", e);
      return "";
    }
  }

  private String drawn(String id, JFreeChart chart, int height) {
    SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
    g.setDefsKeyPrefix(id + "-");
    g.setFontFunction(family -> FONT_FAMILY);
    // text measured with fractional advances, as a browser lays it out
    g.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS, java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    chart.draw(g, new Rectangle(0, 0, WIDTH, height));
    // a viewBox, so that the page can scale the chart to its width
    return g.getSVGElement(id, true, new org.jfree.svg.ViewBox(0, 0, WIDTH, height), null, null);
  }

  /** A rate as the chart's value; none (no bar, no point) when there was nothing to count. */
  private static Double value(BigDecimal percent) {
    return percent == null ? null : percent.doubleValue();
  }

  private static Shape triangle() {
    java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
    p.moveTo(0, -5);
    p.lineTo(5, 4);
    p.lineTo(-5, 4);
    p.closePath();
    return p;
  }

  /** A category axis that shows a name for each key (the key itself, a unit's code, stays in the SVG's marks). */
  private static final class NamedCategoryAxis extends CategoryAxis {
    private final transient Function<String, String> names;

    NamedCategoryAxis(Function<String, String> names) {
      this.names = names;
    }

    @Override
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
      return TextUtils.createTextBlock(names.apply(category.toString()), getTickLabelFont(category), getTickLabelPaint(category),
          width, getMaximumCategoryLabelLines(), new org.jfree.chart.text.G2TextMeasurer(g2));
    }
  }

  /**
   * Liberation Sans (metric twin of Arial, every Vietnamese letter), the same file on every machine.
   * Read from {@code fonts/} beside the program (lib/fonts of the distribution, target/fonts of a
   * build): Java copies a font given as a stream into the temporary folder, which a run must not
   * leave behind. Only when that file is missing is the copy inside the program read.
   */
  private static synchronized Font font() {
    if (font == null) font = loadFont();
    return font;
  }

  private static Font loadFont() {
    try {
      Path beside = FontFaces.besideTheProgram(FONT_FILE);
      if (beside != null) return Font.createFont(Font.TRUETYPE_FONT, beside.toFile()).deriveFont(12f);
      try (InputStream in = SvgCharts.class.getClassLoader().getResourceAsStream("liberation/" + FONT_FILE)) {
        if (in == null) throw new IOException("thiếu tệp liberation/" + FONT_FILE);
        return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(12f);
      }
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("không đọc được phông " + FONT_FILE + " của chương trình để vẽ biểu đồ (" + e.getMessage()
          + "); hãy cài lại chương trình", e);
    }
  }
}
