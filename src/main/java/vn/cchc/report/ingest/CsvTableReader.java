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
    char delimiter = DelimiterDetector.detect(sample.lines().limit(SAMPLE_LINES).toList());
    String description = "CSV, " + encoding.label() + ", dấu phân cách " + describe(delimiter);
    return new Source(file, displayName, encoding, delimiter, description);
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
        InputStream in = Files.newInputStream(file);
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
