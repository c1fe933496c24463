package vn.cchc.report.ingest;

/** A 64-bit string hash (FNV-1a), so a million dossier ids fit in a few megabytes. */
final class Hashing {
  private Hashing() {}

  static long hash64(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
