package vn.cchc.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

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
    return withFixedTimes(zip, date, null, UnaryOperator.identity());
  }

  /**
   * The same, with the text of the entry {@code name} (UTF-8) changed by {@code change}. The zip is
   * read through its central directory (Commons Compress), so that entries whose sizes follow their
   * data, as fastexcel writes them, are read too.
   */
  public static byte[] withFixedTimes(byte[] zip, LocalDate date, String name, UnaryOperator<String> change) throws IOException {
    java.time.LocalDateTime time = date.atStartOfDay();
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
        ZipOutputStream copy = new ZipOutputStream(out)) {
      for (ZipArchiveEntry entry : Collections.list(in.getEntriesInPhysicalOrder())) {
        ZipEntry fixed = new ZipEntry(entry.getName());
        fixed.setTimeLocal(time);
        copy.putNextEntry(fixed);
        try (InputStream data = in.getInputStream(entry)) {
          if (entry.getName().equals(name)) {
            copy.write(change.apply(new String(data.readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
          } else {
            data.transferTo(copy);
          }
        }
        copy.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
