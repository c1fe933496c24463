package vn.cchc.report.config;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The text of a configuration file: UTF-8 (with or without BOM) or UTF-16 with its BOM (Notepad's
 * "Unicode"). Anything else is refused with the line of the first bad byte: offices edit the file in
 * Notepad, and a file saved as "ANSI" (windows-1258 on a Vietnamese Windows) must not be read as
 * garbled Vietnamese.
 */
final class ConfigText {
  /** How the line with the bad byte is quoted: as a Vietnamese Windows shows "ANSI" text. */
  private static final Charset ANSI = Charset.forName("windows-1258");
  private static final int QUOTED_CHARACTERS = 60;

  private ConfigText() {}

  static String decode(String file, byte[] bytes) throws ConfigException {
    if (startsWith(bytes, 0xFF, 0xFE)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    if (startsWith(bytes, 0xFE, 0xFF)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) throw notUtf8(file, bytes, in.position());
    decoder.flush(out);
    return out.flip().toString();
  }

  private static ConfigException notUtf8(String file, byte[] bytes, int bad) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int lineEnd = lineStart;
    while (lineEnd < bytes.length && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') lineEnd++;
    String text = Normalizer.normalize(new String(bytes, lineStart, lineEnd - lineStart, ANSI), Normalizer.Form.NFC).strip();
    if (text.length() > QUOTED_CHARACTERS) text = text.substring(0, QUOTED_CHARACTERS) + "…";
    return new ConfigException("Tệp cấu hình " + file + " không được lưu ở dạng UTF-8: dòng " + line + " (\"" + text
        + "\") có ký tự không đọc được, thường là do tệp được lưu với bảng mã ANSI của Windows. Hãy mở tệp bằng Notepad,"
        + " chọn File → Save As, ở ô Encoding chọn \"UTF-8\", bấm Save (đồng ý ghi đè), rồi chạy lại.");
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
    return true;
  }
}
