package vn.cchc.report.render.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cchc.report.domain.Period;
import vn.cchc.report.domain.RunRecord;
import vn.cchc.report.rules.Periods;

/**
 * The records earlier runs left in an output folder: {@code <period id>/tong-hop.json} (issue #13).
 * Only the header and the headline rates are read (a province's record holds thousands of tasks,
 * which are skipped unparsed).
 */
public final class RunRecords {
  /** A record that is there but cannot be used, and why (in Vietnamese). */
  public record Unreadable(String file, String why) {}

  public record Found(List<RunRecord> records, List<Unreadable> unreadable) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private RunRecords() {}

  /**
   * Every period folder's record under {@code outputRoot} but {@code except}'s (the run's own period).
   *
   * @param rate "R1" or "R2": the dossier rate to read, the one this run's target applies to (a record
   *     made when the office's target applied to the other rate still gives the same rate as this run)
   */
  public static Found read(Path outputRoot, Period except, String rate) {
    List<RunRecord> records = new ArrayList<>();
    List<Unreadable> unreadable = new ArrayList<>();
    if (!Files.isDirectory(outputRoot)) return new Found(records, unreadable);
    List<Path> folders;
    try (var listing = Files.list(outputRoot)) {
      folders = listing.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      return new Found(records, unreadable);
    }
    for (Path folder : folders) {
      Period period = periodNamed(folder.getFileName().toString());
      Path file = folder.resolve(SummaryJson.FILE);
      if (period == null || period.equals(except) || !Files.isRegularFile(file)) continue;
      String name = folder.getFileName() + "/" + SummaryJson.FILE;
      try {
        records.add(record(period, name, file, rate.toLowerCase(Locale.ROOT)));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        var at = e.getLocation();
        unreadable.add(new Unreadable(name, "tệp không đúng dạng JSON" + (at == null ? "" : " ở dòng " + at.getLineNr())
            + ", có thể bị cắt dở hoặc bị sửa tay"));
      } catch (NotARecord e) {
        unreadable.add(new Unreadable(name, e.getMessage()));
      } catch (IOException | RuntimeException e) {
        unreadable.add(new Unreadable(name, "không mở được tệp: " + e));
      }
    }
    return new Found(records, unreadable);
  }

  /** The period a folder is named after by its id ("2022-Q1"), else null ("2022-Q1.bak", "bieu-mau-2022-Q1"). */
  private static Period periodNamed(String name) {
    try {
      Period period = Periods.parse(name);
      return period.id().equals(name) ? period : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static RunRecord record(Period period, String name, Path file, String rate) throws IOException {
    Map<String, JsonNode> parts = new HashMap<>();
    try (JsonParser parser = FACTORY.createParser(file.toFile())) {
      parser.setCodec(MAPPER);
      if (parser.nextToken() != JsonToken.START_OBJECT) throw new NotARecord("không phải tệp tổng hợp của chương trình");
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals("header") || field.equals("byTask") || field.equals("dossiers")) {
          parts.put(field, parser.readValueAsTree());
        } else {
          parser.skipChildren();
        }
      }
    }
    JsonNode header = parts.get("header");
    if (header == null || !header.path("period").asText().equals(period.id())) {
      throw new NotARecord(header == null ? "tệp thiếu phần header" : "tệp ghi kỳ " + header.path("period").asText() + ", không phải " + period.id());
    }
    JsonNode byTask = parts.getOrDefault("byTask", MAPPER.missingNode());
    JsonNode total = parts.getOrDefault("dossiers", MAPPER.missingNode()).path("total");
    return new RunRecord(period, name, header.path("organisation").asText(""),
        header.path("planNumber").asText("") + "/" + header.path("planSymbol").asText(""),
        percent(byTask.path("completion")), percent(byTask.path("onTime")), percent(total.path(rate)));
  }

  private static BigDecimal percent(JsonNode rate) {
    JsonNode percent = rate.path("percent");
    return percent.isNumber() ? percent.decimalValue() : null;
  }

  /** A JSON file that is not a run's record of that period. */
  private static final class NotARecord extends IOException {
    NotARecord(String message) {
      super(message);
    }
  }
}
