package vn.cchc.report.ingest;

/** An open-addressing set of longs: 8 bytes an entry, no boxing. 0 is stored on the side. */
final class LongHashSet {
  private long[] slots = new long[1 << 12];
  private int size;
  private boolean hasZero;

  /** @return true when the value was not there before */
  boolean add(long value) {
    if (value == 0) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    if (size * 2 >= slots.length) grow();
    return insert(slots, value);
  }

  private boolean insert(long[] table, long value) {
    int mask = table.length - 1;
    int i = (int) (value ^ (value >>> 32)) * 0x9E3779B9 & mask;
    while (table[i] != 0) {
      if (table[i] == value) return false;
      i = (i + 1) & mask;
    }
    table[i] = value;
    if (table == slots) size++;
    return true;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (long v : old) if (v != 0) insert(slots, v);
  }
}
