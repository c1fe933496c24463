package vn.cchc.report.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** The Office files are zips; their entries' times are fixed so the same inputs give the same bytes. */
public final class Zips {
  private Zips() {}

  /**
   * The zip with every entry stamped with {@code date} at midnight. POI stamps entries with the
   * current time; a zip entry holds a local date and time and is set as such (setTime would
   * convert an instant through the machine's time zone, and a file made in Hà Nội would differ
   * from one made on a UTC server).
   */
  public static byte[] withFixedTimes(byte[] zip, LocalDate date) throws IOException {
    java.time.LocalDateTime time = date.atStartOfDay();
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream copy = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry fixed = new ZipEntry(entry.getName());
        fixed.setTimeLocal(time);
        copy.putNextEntry(fixed);
        in.transferTo(copy);
        copy.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
