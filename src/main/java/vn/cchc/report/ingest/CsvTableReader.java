package vn.cchc.report.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.cchc.report.problem.InputException;
import vn.cchc.report.problem.Messages;

/** Reads a CSV file of unknown encoding and separator as one streaming sheet. */
final class CsvTableReader {
  private static final int SAMPLE_BYTES = 64 * 1024;
  private static final int SAMPLE_LINES = 30;
  private static final int TAIL_BYTES = 64;
  private static final long DELIMITER_CHARS = 8L << 20;
  /** Stands for bytes the detected charset cannot decode: a noncharacter, never in real text. */
  private static final String BAD_BYTES = "\uFFFF";

  private CsvTableReader() {}

  static TableSource open(Path file, String displayName) throws InputException {
    byte[] head = new byte[SAMPLE_BYTES];
    int length;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new InputException(Messages.unreadableFile(displayName, e), e);
    }
    EncodingDetector.Detected encoding = EncodingDetector.detect(head, length);
    String sample = new String(head, encoding.bomLength(), length - encoding.bomLength(), encoding.charset());
    Optional<LegacyEncoding> legacy = LegacyEncoding.recognise(CellText.clean(sample));
    if (legacy.isPresent()) throw new InputException(Messages.legacyEncoding(displayName, null, legacy.get().label()));
    if (cutShort(file, encoding, head, length)) throw new InputException(Messages.truncatedText(displayName, 0));
    char delimiter = delimiter(file, encoding, displayName);
    String description = "CSV, " + encoding.label() + ", dấu phân cách " + describe(delimiter);
    return new Source(file, displayName, encoding, delimiter, description);
  }

  /** The separator, from the file's first lines however long they are (bounded: a few MB are enough). */
  private static char delimiter(Path file, EncodingDetector.Detected encoding, String displayName) throws InputException {
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(encoding.bomLength());
      CharsetDecoder decoder = encoding.charset().newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
      return DelimiterDetector.detect(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16), SAMPLE_LINES, DELIMITER_CHARS);
    } catch (IOException e) {
      throw new InputException(Messages.unreadableFile(displayName, e), e);
    }
  }

  /**
   * True when the text has line breaks but its last line has none: Excel, LibreOffice and Notepad++
   * end every line, so a file that stops mid-line was most likely cut short (a copy that did not
   * finish, an attachment saved half). Its last row would be read with a value cut in two
   * ("15/9/20" for 15/9/2021), so the file is refused (issue #8: a file cut in half is a normal day).
   * Spaces, tabs, NUL and the old end-of-file mark Ctrl+Z after the last line break are ignored.
   */
  static boolean cutShort(Path file, EncodingDetector.Detected encoding, byte[] head, int headLength) throws InputException {
    int unit = encoding.charset().name().startsWith("UTF-16") ? 2 : 1;
    boolean bigEndian = encoding.charset().name().equals("UTF-16BE");
    byte[] tail;
    long size;
    try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file)) {
      size = channel.size();
      int n = (int) Math.min(size, TAIL_BYTES);
      tail = new byte[n];
      channel.position(size - n);
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(tail);
      while (buffer.hasRemaining() && channel.read(buffer) > 0) {
        // read to the end
      }
    } catch (IOException e) {
      throw new InputException(Messages.unreadableFile(file.getFileName().toString(), e), e);
    }
    if (!hasLineBreak(head, headLength, unit, bigEndian, encoding.bomLength())) return false;
    int end = tail.length - (int) ((size - encoding.bomLength()) % unit == 0 ? 0 : (size - encoding.bomLength()) % unit);
    for (int i = end - unit; i >= 0; i -= unit) {
      int c = unit == 1 ? tail[i] & 0xFF : bigEndian ? ((tail[i] & 0xFF) << 8) | (tail[i + 1] & 0xFF) : ((tail[i + 1] & 0xFF) << 8) | (tail[i] & 0xFF);
      if (c == ' ' || c == '\t' || c == 0 || c == 0x1A) continue;
      return c != '\n' && c != '\r';
    }
    return false;
  }

  private static boolean hasLineBreak(byte[] head, int length, int unit, boolean bigEndian, int bom) {
    for (int i = bom; i + unit <= length; i += unit) {
      int c = unit == 1 ? head[i] & 0xFF : bigEndian ? ((head[i] & 0xFF) << 8) | (head[i + 1] & 0xFF) : ((head[i + 1] & 0xFF) << 8) | (head[i] & 0xFF);
      if (c == '\n' || c == '\r') return true;
    }
    return false;
  }

  private static String describe(char delimiter) {
    return delimiter == '\t' ? "tab" : "'" + delimiter + "'";
  }

  private static final class Source implements TableSource {
    private final Path file;
    private final String displayName;
    private final EncodingDetector.Detected encoding;
    private final char delimiter;
    private final String description;
    private CSVParser parser;

    Source(Path file, String displayName, EncodingDetector.Detected encoding, char delimiter, String description) {
      this.file = file;
      this.displayName = displayName;
      this.encoding = encoding;
      this.delimiter = delimiter;
      this.description = description;
    }

    @Override
    public Iterator<SheetData> sheets() {
      try {
        InputStream in = InputProgress.counting(Files.newInputStream(file));
        in.skipNBytes(encoding.bomLength());
        // Bad bytes become a noncharacter rather than an exception: the reader decodes ahead of the
        // rows handed out, so an exception would name a row dozens of lines before the bad one.
        CharsetDecoder decoder = encoding.charset().newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(BAD_BYTES);
        Reader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        parser = CSVParser.builder().setReader(reader).setFormat(format).get();
      } catch (IOException e) {
        throw new UncheckedInputException(new InputException(Messages.unreadableFile(displayName, e), e));
      }
      return List.of(new SheetData(null, false, new Rows(parser.iterator()))).iterator();
    }

    @Override
    public String description() {
      return description;
    }

    @Override
    public void close() {
      try {
        if (parser != null) parser.close();
      } catch (IOException e) {
        // Closing a file we only read: nothing to lose.
      }
    }

    private final class Rows implements Iterator<RawRow> {
      private final Iterator<CSVRecord> records;
      private int lastRow;

      Rows(Iterator<CSVRecord> records) {
        this.records = records;
      }

      @Override
      public boolean hasNext() {
        try {
          return records.hasNext();
        } catch (UncheckedIOException e) {
          throw failure(e);
        }
      }

      @Override
      public RawRow next() {
        if (!hasNext()) throw new NoSuchElementException();
        try {
          CSVRecord record = records.next();
          lastRow = (int) record.getRecordNumber();
          List<String> cells = new ArrayList<>(record.size());
          for (String value : record) {
            if (value.contains(BAD_BYTES)) {
              throw new UncheckedInputException(new InputException(Messages.badBytes(displayName, lastRow, encoding.label())));
            }
            cells.add(CellText.clean(value));
          }
          return new RawRow(lastRow, cells);
        } catch (UncheckedIOException e) {
          throw failure(e);
        }
      }

      private UncheckedInputException failure(UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException) {
          return new UncheckedInputException(
              new InputException(Messages.badBytes(displayName, lastRow + 1, encoding.label()), e));
        }
        return new UncheckedInputException(new InputException(Messages.unreadableFile(displayName, e.getCause()), e));
      }
    }
  }
}
