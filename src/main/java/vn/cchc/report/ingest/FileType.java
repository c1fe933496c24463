package vn.cchc.report.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.cchc.report.problem.Messages;
import vn.cchc.report.problem.Problem;
import vn.cchc.report.problem.SourceLocation;

/**
 * What an input file is, decided from its bytes and never from its name (issue #8): offices rename
 * files by hand, and e-government systems export HTML tables named ".xls". {@link #TEXT},
 * {@link #XLSX}, {@link #XLS} and {@link #HTML} are read; every other type says in Vietnamese what
 * the file is and how to make it one that is ({@link Detection#refusal}).
 *
 * <p>Cost does not grow with the file: the first {@value #SAMPLE_BYTES} bytes (the CSV reader's
 * sample), plus for a ZIP its central directory and at most two small entries (for a ZIP cut short,
 * its first entries, bounded), and for an OLE2 file its directory and first workbook records.
 */
enum FileType {
  /** A ZIP/OOXML package with an {@code xl/} workbook part (.xlsx, .xlsm). */
  XLSX("sổ tính Excel (.xlsx)", "", "", "xlsx xlsm"),
  /** An OLE2 compound file with a Workbook (BIFF8) or Book (BIFF5) stream, not encrypted. */
  XLS("sổ tính Excel 97–2003 (.xls)", "", "", "xls"),
  /** An HTML document or fragment: the "Excel" export of e-government systems. */
  HTML("bảng HTML", "", "", "html htm xls"),
  /** Text in any encoding the CSV reader accepts (it then diagnoses TCVN3/VNI); may hold no data. */
  TEXT("tệp văn bản (CSV)", "", "", "csv txt"),

  XLSB("sổ tính Excel dạng nhị phân (.xlsb)", "chương trình chưa đọc được dạng này",
      "Hãy mở bằng Excel rồi lưu thành .xlsx (Excel Workbook) và chạy lại.", "xlsb"),
  ODS("bảng tính OpenDocument (.ods)", "chương trình chưa đọc được dạng này",
      "Hãy mở bằng LibreOffice Calc hoặc Excel rồi lưu thành .xlsx và chạy lại.", "ods"),
  XML_SPREADSHEET_2003("bảng tính XML của Excel 2003 (XML Spreadsheet 2003)", "chương trình chưa đọc được dạng này",
      "Hãy mở bằng Excel rồi lưu thành .xlsx (Excel Workbook) và chạy lại.", "xml"),
  DOCX("văn bản Word (.docx)", "không phải bảng tính", "Hãy chép bảng sang Excel và lưu .xlsx rồi chạy lại.", "docx docm"),
  /** Word 97–2003 (OLE2 with a WordDocument stream), and RTF, which Word also saves as ".doc". */
  DOC("văn bản Word 97–2003 (.doc)", "không phải bảng tính", "Hãy chép bảng sang Excel và lưu .xlsx rồi chạy lại.", "doc rtf"),
  ODT("văn bản OpenDocument (.odt)", "không phải bảng tính", "Hãy chép bảng sang Excel và lưu .xlsx rồi chạy lại.", "odt"),
  PDF("tài liệu PDF", "chương trình không đọc được số liệu trong PDF",
      "Hãy xin đơn vị gửi bản Excel (.xlsx) hoặc CSV của bảng; nếu chỉ có PDF, hãy chép bảng sang Excel và lưu .xlsx rồi chạy lại.",
      "pdf"),
  /**
   * Password to open: an OLE2 file with an EncryptedPackage stream (what a password-protected
   * .xlsx is), or an .xls whose workbook starts with a FILEPASS record that Excel's default password
   * does not open.
   */
  ENCRYPTED("tệp Office được đặt mật khẩu để mở", "chương trình không đọc được khi không có mật khẩu",
      "Hãy mở tệp bằng Excel (nhập mật khẩu), chọn File › Info › Protect Workbook › Encrypt with Password, "
          + "xóa mật khẩu, bấm OK, lưu lại rồi chạy lại.",
      "xlsx xlsm xls docx doc"),
  IMAGE("ảnh", "không phải bảng số liệu", "Hãy gửi bảng dạng Excel (.xlsx) hoặc CSV thay cho ảnh chụp, ảnh quét.",
      "png jpg jpeg gif bmp tif tiff webp heic heif"),
  /** A ZIP, RAR, 7z or gzip file that is no document format above. */
  ARCHIVE("tệp nén", "chứa các tệp khác bên trong", "Hãy giải nén rồi đặt từng tệp vào thư mục.", "zip rar 7z gz"),
  SHORTCUT("lối tắt (shortcut) của Windows", "chỉ trỏ tới tệp thật ở nơi khác, không chứa dữ liệu",
      "Hãy chép chính tệp báo cáo (không phải lối tắt) vào thư mục.", "lnk"),
  /** 0 bytes. */
  EMPTY("tệp rỗng (0 byte)", "không có dữ liệu", "Hãy kiểm tra đã gửi đúng tệp chưa.", ""),
  /** An OLE2 or ZIP file too damaged (cut short, usually) to tell what it holds. */
  DAMAGED("tệp bị hỏng", "chương trình không đọc được",
      "Hãy xin đơn vị gửi lại tệp; hoặc mở tệp bằng Excel (Excel sẽ đề nghị sửa tệp), lưu lại dạng .xlsx rồi chạy lại.", ""),
  /** Anything else that is not text: random bytes, a program, a video, an unknown Office file. */
  BINARY("dữ liệu nhị phân không rõ loại", "không phải bảng tính hay văn bản mà chương trình đọc được",
      "Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi chạy lại; nếu Excel cũng không mở được, hãy xin đơn vị gửi lại tệp.", "");

  /** Bytes looked at for the text decision: the CSV reader's sample, so both see the same bytes. */
  static final int SAMPLE_BYTES = 64 * 1024;
  /** A ZIP without its central directory is walked entry by entry; at most this many compressed bytes. */
  private static final long ZIP_SCAN_BYTES = 8L << 20;
  private static final int ZIP_SCAN_ENTRIES = 64;
  /** The most of a "[Content_Types].xml" or "mimetype" entry read: both are a few hundred bytes. */
  private static final int SMALL_ENTRY_BYTES = 64 * 1024;

  private static final byte[] OLE2 = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
  private static final byte[] LNK = bytes(0x4C, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00);
  private static final Set<String> DOCUMENT_TAGS = Set.of("html", "head", "body", "meta", "title", "style", "link", "script", "base");
  private static final Set<String> TABLE_TAGS = Set.of("table", "thead", "tbody", "tfoot", "tr", "caption", "colgroup");
  private static final String XML_SPREADSHEET_NAMESPACE = "urn:schemas-microsoft-com:office:spreadsheet";
  private static final int BIFF_FILEPASS = 0x002F;
  private static final int BIFF_EOF = 0x000A;
  private static final int BIFF_BOUNDSHEET = 0x0085;

  private final String description;
  private final String clause;
  private final String advice;
  private final Set<String> extensions;

  FileType(String description, String clause, String advice, String extensions) {
    this.description = description;
    this.clause = clause;
    this.advice = advice;
    this.extensions = Set.of(extensions.isEmpty() ? new String[0] : extensions.split(" "));
  }

  /** What the type is, in Vietnamese, e.g. "tài liệu PDF". */
  String description() {
    return description;
  }

  /** What to do with a file of this type, in Vietnamese; "" for the types that are read. */
  String advice() {
    return advice;
  }

  /** True for the types {@link TableReaders#open} reads. */
  boolean readable() {
    return this == XLSX || this == XLS || this == HTML || this == TEXT;
  }

  /**
   * What a file is.
   *
   * @param type the type
   * @param what what the file is, in Vietnamese, often more precise than the type's description ("ảnh PNG")
   * @param reason for {@link #DAMAGED}, the technical reason (POI's or the JDK's message); else ""
   */
  record Detection(FileType type, String what, String reason) {
    static Detection of(FileType type) {
      return new Detection(type, type.description, "");
    }

    static Detection of(FileType type, String what) {
      return new Detection(type, what, "");
    }

    /**
     * The problem that refuses a file of an unreadable type: what it is, despite its extension when
     * that promises something else, and what to do. E.g. "tệp có đuôi .xlsx nhưng nội dung là ảnh
     * PNG, không phải bảng số liệu. Hãy gửi bảng …".
     *
     * @param displayName how messages name the file; its extension is compared with the type
     */
    Problem refusal(String displayName) {
      if (type.readable()) throw new IllegalStateException(type + " is read, not refused");
      if (type == EMPTY) return Messages.emptyFile(displayName);
      String extension = extension(displayName);
      String subject = extension.isEmpty() || type.extensions.contains(extension) || type == DAMAGED
          ? "tệp là " + what
          : "tệp có đuôi ." + extension + " nhưng nội dung là " + what;
      String because = reason.isEmpty() ? "" : " (" + reason + ")";
      String message = subject + ", " + type.clause + because + ". " + type.advice;
      String code = switch (type) {
        case ENCRYPTED -> "ENCRYPTED_FILE";
        case BINARY -> "BINARY_FILE";
        case DAMAGED -> "DAMAGED_FILE";
        default -> "UNSUPPORTED_FILE";
      };
      return Problem.error(code, SourceLocation.ofFile(displayName), reason.isEmpty() ? what : reason, message);
    }
  }

  /** The type of a file from its content; see {@link #inspect}. */
  static FileType detect(Path file) throws IOException {
    return inspect(file).type();
  }

  /**
   * What a file is, from its content. Damaged files come out as {@link #DAMAGED} (or as the type
   * they still show, e.g. an .xlsx cut short is {@link #XLSX}), never as an exception.
   *
   * @throws IOException only when the file cannot be read at all
   */
  static Detection inspect(Path file) throws IOException {
    byte[] head = new byte[SAMPLE_BYTES];
    int length;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(head, 0, head.length);
    }
    if (length == 0) return Detection.of(EMPTY);
    Detection byMagic = byMagic(file, head, length);
    if (byMagic != null) return byMagic;
    boolean complete = length < SAMPLE_BYTES || Files.size(file) == length;
    String text = Text.decode(head, length, complete);
    return text == null ? Detection.of(BINARY) : byMarkup(text);
  }

  // ---- signatures --------------------------------------------------------------------------

  private static Detection byMagic(Path file, byte[] h, int n) {
    if (startsWith(h, n, OLE2)) return ole2(file);
    if (startsWith(h, n, 'P', 'K', 3, 4) || startsWith(h, n, 'P', 'K', 5, 6) || startsWith(h, n, 'P', 'K', 7, 8)) return zip(file);
    if (startsWith(h, n, '%', 'P', 'D', 'F', '-')) return Detection.of(PDF);
    if (startsWith(h, n, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return Detection.of(IMAGE, "ảnh PNG");
    if (startsWith(h, n, 0xFF, 0xD8, 0xFF)) return Detection.of(IMAGE, "ảnh JPEG");
    if (startsWith(h, n, 'G', 'I', 'F', '8', '7', 'a') || startsWith(h, n, 'G', 'I', 'F', '8', '9', 'a')) {
      return Detection.of(IMAGE, "ảnh GIF");
    }
    if (isBmp(h, n)) return Detection.of(IMAGE, "ảnh BMP");
    if (startsWith(h, n, 'I', 'I', '*', 0) || startsWith(h, n, 'M', 'M', 0, '*')) return Detection.of(IMAGE, "ảnh TIFF");
    if (startsWith(h, n, 'R', 'I', 'F', 'F') && n >= 12 && h[8] == 'W' && h[9] == 'E' && h[10] == 'B' && h[11] == 'P') {
      return Detection.of(IMAGE, "ảnh WebP");
    }
    if (n >= 12 && h[4] == 'f' && h[5] == 't' && h[6] == 'y' && h[7] == 'p'
        && Set.of("heic", "heix", "hevc", "heif", "mif1", "msf1").contains(new String(h, 8, 4, StandardCharsets.ISO_8859_1))) {
      return Detection.of(IMAGE, "ảnh HEIC (chụp bằng điện thoại)");
    }
    if (startsWith(h, n, 'R', 'a', 'r', '!', 0x1A, 0x07)) return Detection.of(ARCHIVE, "tệp nén RAR");
    if (startsWith(h, n, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) return Detection.of(ARCHIVE, "tệp nén 7z");
    if (startsWith(h, n, 0x1F, 0x8B)) return Detection.of(ARCHIVE, "tệp nén gzip");
    if (startsWith(h, n, LNK)) return Detection.of(SHORTCUT);
    if (startsWith(h, n, '{', '\\', 'r', 't', 'f')) return Detection.of(DOC, "văn bản RTF (Word)");
    return null;
  }

  /**
   * "BM" alone starts many texts ("BM-01" is a form number), so a BMP also needs its reserved zero
   * bytes and a known DIB header size.
   */
  private static boolean isBmp(byte[] h, int n) {
    if (n < 18 || h[0] != 'B' || h[1] != 'M') return false;
    for (int i = 6; i < 10; i++) if (h[i] != 0) return false;
    int dibSize = ByteBuffer.wrap(h, 14, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    return Set.of(12, 16, 40, 52, 56, 64, 108, 124).contains(dibSize);
  }

  // ---- OLE2 --------------------------------------------------------------------------------

  private static Detection ole2(Path file) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      String workbook = null;
      boolean word = false;
      for (Entry entry : root) {
        String name = entry.getName();
        if (name.equals("EncryptedPackage")) {
          return Detection.of(ENCRYPTED, "tệp Office (thường là sổ tính Excel .xlsx) được đặt mật khẩu để mở");
        }
        if (entry.isDocumentEntry() && (name.equalsIgnoreCase("Workbook") || name.equalsIgnoreCase("Book"))) workbook = name;
        if (name.equals("WordDocument")) word = true;
      }
      if (workbook != null) {
        return opensWithoutPassword(root, workbook)
            ? Detection.of(XLS)
            : Detection.of(ENCRYPTED, "sổ tính Excel 97–2003 (.xls) được đặt mật khẩu để mở");
      }
      if (word) return Detection.of(DOC);
      return Detection.of(BINARY, "tệp Office 97–2003 không phải sổ tính Excel");
    } catch (IOException | RuntimeException e) {
      return new Detection(DAMAGED, "một tệp Office 97–2003 (như .xls, .doc) bị hỏng hoặc bị cắt cụt (chưa tải về hay chép hết)",
          reason(e));
    }
  }

  /**
   * False when the workbook globals start with FILEPASS (BIFF: right after BOF, before anything
   * else the reader needs) and Excel's built-in password "VelvetSweatshop" does not open it: Excel
   * encrypts some unprotected-looking workbooks with that password, and POI reads those.
   */
  private static boolean opensWithoutPassword(DirectoryNode root, String workbook) throws IOException {
    try (DocumentInputStream in = root.createDocumentInputStream(workbook)) {
      for (int record = 0; record < 16 && in.available() >= 4; record++) {
        int sid = in.readUShort();
        int size = in.readUShort();
        if (sid == BIFF_FILEPASS) return defaultPasswordOpens(sid, in.readNBytes(size));
        if (sid == BIFF_EOF || sid == BIFF_BOUNDSHEET) break;
        in.skipNBytes(size);
      }
    }
    return true;
  }

  private static boolean defaultPasswordOpens(int sid, byte[] data) {
    ByteBuffer record = ByteBuffer.allocate(4 + data.length).order(ByteOrder.LITTLE_ENDIAN);
    record.putShort((short) sid).putShort((short) data.length).put(data);
    try {
      RecordInputStream in = new RecordInputStream(new ByteArrayInputStream(record.array()));
      in.nextRecord();
      return new FilePassRecord(in).getEncryptionInfo().getDecryptor().verifyPassword(Decryptor.DEFAULT_PASSWORD);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false; // an encryption POI does not know: Excel will ask for a password too
    }
  }

  // ---- ZIP ---------------------------------------------------------------------------------

  /**
   * What the entries of a ZIP say: the central directory when there is one, else the first local
   * headers. Names are decoded as ISO-8859-1, which never fails: Windows zips Vietnamese names in
   * its code page without saying so, and as UTF-8 they would be an error. The names looked for
   * are ASCII.
   */
  private static Detection zip(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.ISO_8859_1)) {
      List<String> names = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        names.add(entries.nextElement().getName());
      }
      Detection byNames = byEntryNames(names);
      if (byNames != null) return byNames;
      for (String small : List.of("mimetype", "[Content_Types].xml")) {
        ZipEntry entry = zip.getEntry(small);
        if (entry == null) continue;
        try (InputStream in = zip.getInputStream(entry)) {
          Detection byContent = byEntryContent(small, new String(in.readNBytes(SMALL_ENTRY_BYTES), StandardCharsets.UTF_8));
          if (byContent != null) return byContent;
        }
      }
      return Detection.of(ARCHIVE, "tệp nén ZIP");
    } catch (IOException | RuntimeException e) {
      // No central directory: the file was cut short (an interrupted download or copy).
      return zipLocalHeaders(file, reason(e));
    }
  }

  /**
   * Walks the local file headers from the start of a ZIP without a central directory. OOXML and
   * OpenDocument writers put "[Content_Types].xml" or "mimetype" first, so this normally stops
   * after one small entry; other entries are only inflated to reach the next header, within
   * {@link #ZIP_SCAN_BYTES}.
   */
  private static Detection zipLocalHeaders(Path file, String centralDirectoryProblem) {
    List<String> names = new ArrayList<>();
    long[] consumed = {0};
    try (InputStream raw = Files.newInputStream(file);
        ZipInputStream zip = new ZipInputStream(new BufferedInputStream(new FilterInputStream(raw) {
          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) consumed[0] += n;
            return n;
          }
        }, 1 << 13), StandardCharsets.ISO_8859_1)) {
      ZipEntry entry;
      while (names.size() < ZIP_SCAN_ENTRIES && consumed[0] < ZIP_SCAN_BYTES && (entry = zip.getNextEntry()) != null) {
        String name = entry.getName();
        names.add(name);
        Detection byNames = byEntryNames(names);
        if (byNames != null) return byNames;
        if (name.equals("mimetype") || name.equals("[Content_Types].xml")) {
          Detection byContent = byEntryContent(name, new String(readSome(zip), StandardCharsets.UTF_8));
          if (byContent != null) return byContent;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Cut inside an entry: decide from what was seen.
    }
    // Nothing legible, or an Office package ("[Content_Types].xml") cut before it says what it holds.
    if (names.isEmpty() || names.contains("[Content_Types].xml")) {
      return new Detection(DAMAGED, "một tệp ZIP (như .xlsx, .docx) bị hỏng hoặc bị cắt cụt (chưa tải về hay chép hết)",
          centralDirectoryProblem);
    }
    return Detection.of(ARCHIVE, "tệp nén ZIP");
  }

  /** Up to {@link #SMALL_ENTRY_BYTES} of the current entry; what there is when the file ends inside it. */
  private static byte[] readSome(InputStream in) {
    byte[] buffer = new byte[SMALL_ENTRY_BYTES];
    int length = 0;
    try {
      int n;
      while (length < buffer.length && (n = in.read(buffer, length, buffer.length - length)) > 0) length += n;
    } catch (IOException e) {
      // Cut short inside this entry: keep what was inflated.
    }
    return java.util.Arrays.copyOf(buffer, length);
  }

  /** Decisive entry names, or null. */
  private static Detection byEntryNames(List<String> names) {
    for (String name : names) {
      if (name.equals("xl/workbook.bin")) return Detection.of(XLSB);
    }
    for (String name : names) {
      if (name.startsWith("xl/")) return Detection.of(XLSX);
      if (name.startsWith("word/")) return Detection.of(DOCX);
      if (name.startsWith("ppt/")) return Detection.of(BINARY, "bản trình chiếu PowerPoint (.pptx)");
    }
    return null;
  }

  /** What "mimetype" (OpenDocument) or "[Content_Types].xml" (OOXML) declares, or null. */
  private static Detection byEntryContent(String name, String content) {
    if (name.equals("mimetype")) {
      String type = content.strip();
      if (type.startsWith("application/vnd.oasis.opendocument.spreadsheet")) return Detection.of(ODS);
      if (type.startsWith("application/vnd.oasis.opendocument.text")) return Detection.of(ODT);
      if (type.startsWith("application/vnd.oasis.opendocument.")) return Detection.of(BINARY, "tài liệu OpenDocument không phải bảng tính");
      return null;
    }
    if (content.contains("ms-excel.sheet.binary.macroEnabled.main")) return Detection.of(XLSB);
    if (content.contains("spreadsheetml.sheet.main") || content.contains("spreadsheetml.template.main")
        || content.contains("ms-excel.sheet.macroEnabled.main") || content.contains("ms-excel.template.macroEnabled.main")) {
      return Detection.of(XLSX);
    }
    if (content.contains("wordprocessingml.document.main") || content.contains("ms-word.document.macroEnabled.main")) {
      return Detection.of(DOCX);
    }
    return null;
  }

  // ---- text --------------------------------------------------------------------------------

  /**
   * Tells markup apart among texts: an XML Spreadsheet 2003 ({@code <Workbook>} in Excel's
   * spreadsheet namespace), an HTML document or table fragment, or plain text. Skips a BOM,
   * whitespace, an XML declaration and other processing instructions, comments and a doctype.
   */
  static Detection byMarkup(String text) {
    int i = 0;
    int n = text.length();
    boolean htmlDoctype = false;
    while (true) {
      while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) i++;
      int end;
      if (text.startsWith("<?", i) && (end = text.indexOf("?>", i + 2)) >= 0) {
        i = end + 2;
      } else if (text.startsWith("<!--", i) && (end = text.indexOf("-->", i + 4)) >= 0) {
        i = end + 3;
      } else if (text.regionMatches(true, i, "<!doctype", 0, 9) && (end = text.indexOf('>', i)) >= 0) {
        htmlDoctype = text.substring(i, end).toLowerCase(Locale.ROOT).contains("html");
        i = end + 1;
      } else {
        break;
      }
    }
    String tag = "";
    if (i < n && text.charAt(i) == '<') {
      int start = i + 1;
      int stop = start;
      while (stop < n && (Character.isLetterOrDigit(text.charAt(stop)) || ":-_".indexOf(text.charAt(stop)) >= 0)) stop++;
      tag = text.substring(start, stop).toLowerCase(Locale.ROOT);
    }
    if ((tag.equals("workbook") || tag.endsWith(":workbook")) && text.contains(XML_SPREADSHEET_NAMESPACE)) {
      return Detection.of(XML_SPREADSHEET_2003);
    }
    if (htmlDoctype || DOCUMENT_TAGS.contains(tag) || TABLE_TAGS.contains(tag)) return Detection.of(HTML);
    // A page that starts with some other element (<div>, <p>, <font>) is read when it has a table.
    if (!tag.isEmpty() && Character.isLetter(tag.charAt(0)) && text.toLowerCase(Locale.ROOT).contains("<table")) {
      return Detection.of(HTML);
    }
    return Detection.of(TEXT);
  }

  /**
   * Text or not. Accepts every text the CSV reader reads ({@link EncodingDetector}: UTF-8 with or
   * without BOM, UTF-16 with or without BOM, windows-1258 and so any single-byte legacy font such as
   * TCVN3 or VNI, which the CSV reader then diagnoses) and refuses bytes that no text has: control
   * characters other than tab, line breaks and form feed. Random bytes hold about one control
   * byte in ten; a text file none, so a text may carry at most one stray control per 1000
   * characters.
   */
  static final class Text {
    private Text() {}

    /** The sample decoded as the CSV reader would decode it, or null when it is not text. */
    static String decode(byte[] head, int length, boolean complete) {
      EncodingDetector.Detected encoding = EncodingDetector.detect(head, length);
      int start = encoding.bomLength();
      if (encoding.charset().equals(StandardCharsets.UTF_16LE) || encoding.charset().equals(StandardCharsets.UTF_16BE)) {
        boolean bigEndian = encoding.charset().equals(StandardCharsets.UTF_16BE);
        if (!isUtf16Text(head, start, length, bigEndian, complete)) return null;
        return new String(head, start, (length - start) & ~1, encoding.charset());
      }
      if (encoding.charset().equals(StandardCharsets.UTF_8)) {
        String text = new String(head, start, length - start, StandardCharsets.UTF_8);
        return controls(text, complete) <= text.length() / 1000 ? text : null;
      }
      return isSingleByteText(head, length, complete) ? new String(head, 0, length, EncodingDetector.WINDOWS_1258) : null;
    }

    /** Stray control characters: C0 but tab, line feed, vertical tab, form feed, CR; DEL; Ctrl-Z only at the very end. */
    private static int controls(CharSequence text, boolean complete) {
      int bad = 0;
      int last = text.length() - 1;
      for (int i = 0; i <= last; i++) {
        char c = text.charAt(i);
        if (isControl(c) && !(c == 0x1A && i == last && complete)) bad++;
      }
      return bad;
    }

    private static boolean isControl(int c) {
      return (c < 0x20 && (c < 0x09 || c > 0x0D)) || c == 0x7F;
    }

    /**
     * UTF-16 code units: no stray controls, no lone surrogates, and at least half of them Latin
     * (ASCII, Latin-1, Latin Extended, combining marks, Vietnamese, punctuation, the đồng sign). Random
     * bytes after an FF FE pair decode to code units spread over the whole range: about 1.5% Latin.
     */
    private static boolean isUtf16Text(byte[] head, int start, int length, boolean bigEndian, boolean complete) {
      int units = (length - start) / 2;
      int bad = 0;
      int latin = 0;
      for (int u = 0; u < units; u++) {
        int c = unit(head, start + 2 * u, bigEndian);
        if (Character.isHighSurrogate((char) c)) {
          boolean paired = u + 1 < units && Character.isLowSurrogate((char) unit(head, start + 2 * u + 2, bigEndian));
          if (paired) u++;
          else if (u + 1 < units || complete) bad++; // a pair cut by the end of the sample is not a fault
          continue;
        }
        if (Character.isLowSurrogate((char) c) || (isControl(c) && !(c == 0x1A && u == units - 1 && complete))) bad++;
        if (c < 0x0250 || (c >= 0x0300 && c < 0x0370) || (c >= 0x1E00 && c < 0x1F00) || (c >= 0x2000 && c < 0x20D0)) latin++;
      }
      return units == 0 || (bad <= units / 1000 && latin * 2 >= units);
    }

    private static int unit(byte[] b, int i, boolean bigEndian) {
      return bigEndian ? ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF) : ((b[i + 1] & 0xFF) << 8) | (b[i] & 0xFF);
    }

    /**
     * A single-byte code page: windows-1258, or a legacy font (TCVN3, VNI) that puts its letters on
     * bytes 0xA0–0xFF. Any byte from 0x80 up is a letter of one of them, so only control bytes
     * count against text. A short file (under 64 bytes: a chance of one in a thousand that random
     * bytes have no control byte) must also be mostly ASCII, as Vietnamese is in every code page.
     */
    private static boolean isSingleByteText(byte[] head, int length, boolean complete) {
      int bad = 0;
      int ascii = 0;
      for (int i = 0; i < length; i++) {
        int b = head[i] & 0xFF;
        if (isControl(b)) {
          if (!(b == 0x1A && i == length - 1 && complete)) bad++;
        } else if (b < 0x80) {
          ascii++;
        }
      }
      return bad <= length / 1000 && (length >= 64 || ascii * 5 >= length * 3);
    }
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static String reason(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
  }

  /** The lower-case extension of a file name ("" when none), e.g. "xls" for "bao-cao/VP.XLS". */
  static String extension(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    int dot = name.lastIndexOf('.');
    return dot > slash + 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  private static boolean startsWith(byte[] head, int length, byte[] prefix) {
    if (length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if (head[i] != prefix[i]) return false;
    return true;
  }

  private static boolean startsWith(byte[] head, int length, int... prefix) {
    return startsWith(head, length, bytes(prefix));
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) bytes[i] = (byte) values[i];
    return bytes;
  }
}
