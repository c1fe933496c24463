package vn.cchc.report.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells which character set a CSV file was saved in, from its first bytes: a BOM (UTF-8, UTF-16),
 * else strict UTF-8 if the bytes decode as such, else windows-1258, the code page Excel uses on a
 * Vietnamese Windows. Never the platform default.
 */
final class EncodingDetector {
  /** windows-1258: tone marks as combining characters; decode then normalise to NFC. */
  public static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

  /**
   * @param charset how to decode the bytes after the BOM
   * @param bomLength bytes to skip at the start
   * @param label Vietnamese description for messages and the run summary
   */
  public record Detected(Charset charset, int bomLength, String label) {}

  private EncodingDetector() {}

  public static Detected detect(byte[] head, int length) {
    if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) return new Detected(StandardCharsets.UTF_8, 3, "UTF-8 có BOM");
    if (startsWith(head, length, 0xFF, 0xFE)) return new Detected(StandardCharsets.UTF_16LE, 2, "UTF-16 (LE) có BOM");
    if (startsWith(head, length, 0xFE, 0xFF)) return new Detected(StandardCharsets.UTF_16BE, 2, "UTF-16 (BE) có BOM");
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < length; i++) {
      if (head[i] == 0) {
        if (i % 2 == 0) zeroEven++;
        else zeroOdd++;
      }
    }
    // UTF-16 without a BOM: ASCII letters leave a zero byte in every other position.
    if (length >= 4 && zeroOdd > length / 4) return new Detected(StandardCharsets.UTF_16LE, 0, "UTF-16 (LE) không BOM");
    if (length >= 4 && zeroEven > length / 4) return new Detected(StandardCharsets.UTF_16BE, 0, "UTF-16 (BE) không BOM");
    if (isUtf8(head, length)) return new Detected(StandardCharsets.UTF_8, 0, "UTF-8");
    return new Detected(WINDOWS_1258, 0, "windows-1258 (Excel trên Windows tiếng Việt)");
  }

  private static boolean startsWith(byte[] head, int length, int... prefix) {
    if (length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((head[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }

  /** Strict UTF-8 check that forgives a multi-byte sequence cut off by the end of the sample. */
  static boolean isUtf8(byte[] head, int length) {
    int end = length;
    // Back off over a trailing, possibly incomplete, sequence (at most 3 bytes).
    int back = 0;
    while (back < 3 && end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0x80) back++;
    if (end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0xC0) end = end - back - 1;
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(head, 0, end));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
