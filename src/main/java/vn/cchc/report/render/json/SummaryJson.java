package vn.cchc.report.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import vn.cchc.report.report.Summary;

/**
 * tong-hop.json: the {@link Summary} as JSON, dates as ISO "yyyy-mm-dd", percents as decimals with
 * two places, keys in the order of the records. Identical inputs give identical bytes.
 */
public final class SummaryJson {
  public static final String FILE = "tong-hop.json";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance))
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private SummaryJson() {}

  public static void write(Summary summary, OutputStream out) throws IOException {
    MAPPER.writeValue(out, summary);
    out.write('\n');
  }

  /**
   * What each unit last reported on each task, from a previous run's summary (issue #12: a unit's
   * form recalls it): by unit code, then task id. A task led by one unit gives its class as printed
   * ("Hoàn thành sớm hạn", "Chưa hoàn thành, quá hạn" …); a shared one what that unit's part was.
   * Empty when there is no such run or its file cannot be read.
   */
  public static java.util.Map<String, java.util.Map<String, String>> unitStatusesOf(Path summaryFile) {
    java.util.Map<String, java.util.Map<String, String>> statuses = new java.util.HashMap<>();
    if (!Files.isRegularFile(summaryFile)) return statuses;
    try {
      for (JsonNode task : MAPPER.readTree(summaryFile.toFile()).path("tasks")) {
        if (task.path("heading").asBoolean() || task.path("classLabel").asText().isEmpty()) continue;
        String id = task.path("id").asText();
        java.util.Set<String> notDone = codes(task.path("notDone"), "code");
        java.util.Set<String> notReported = codes(task.path("notReported"), "code");
        java.util.Set<String> dropped = codes(task.path("dropped"), "unitCode");
        JsonNode leads = task.path("leads");
        for (JsonNode lead : leads) {
          String unit = lead.path("code").asText();
          String status = notReported.contains(unit) ? "Chưa báo cáo"
              : dropped.contains(unit) ? "Không thực hiện"
              : leads.size() == 1 ? task.path("classLabel").asText()
              : notDone.contains(unit) ? "Chưa hoàn thành" : "Hoàn thành";
          statuses.computeIfAbsent(unit, k -> new java.util.HashMap<>()).put(id, status);
        }
      }
    } catch (IOException | RuntimeException e) {
      statuses.clear();
    }
    return statuses;
  }

  private static java.util.Set<String> codes(JsonNode list, String field) {
    java.util.Set<String> codes = new java.util.HashSet<>();
    for (JsonNode item : list) codes.add(item.path(field).asText());
    return codes;
  }
}
