package vn.cchc.report.domain;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/** What a plan's deadline text means (rules §2): one of four kinds. {@code text} is the cell as written. */
public sealed interface Deadline {

  String text();

  /** A due date: from a full date, a month, quarter, half or year, or an explicit "Hạn chót". */
  record Dated(LocalDate dueDate, String text) implements Deadline {
    public Dated {
      Objects.requireNonNull(dueDate, "dueDate");
      text = Objects.requireNonNullElse(text, "");
    }
  }

  /** A standing duty ("Thường xuyên", "Hàng năm"…); its span ends 31/12 of {@code year}, or of the report's year when null. */
  record Recurring(Year year, String text) implements Deadline {
    public Recurring {
      text = Objects.requireNonNullElse(text, "");
    }
  }

  /** No date: tied to an event or another schedule ("Theo kế hoạch"). */
  record Open(String text) implements Deadline {
    public Open {
      text = Objects.requireNonNullElse(text, "");
    }
  }

  /** Text the rules do not recognise: "không xác định được thời hạn", counted like OPEN until fixed. */
  record Unresolved(String text) implements Deadline {
    public Unresolved {
      text = Objects.requireNonNullElse(text, "");
    }
  }
}
