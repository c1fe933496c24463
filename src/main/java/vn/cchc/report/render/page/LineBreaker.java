package vn.cchc.report.render.page;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.report.report.doc.Block;

/**
 * Breaks a stretch of text (no "\n" in it) into lines where Word and LibreOffice break it: after a
 * space or after a hyphen inside a word, as many words as fit, each glyph measured in the font's own
 * units. OpenPDF measures glyphs in whole thousandths of an em, rounded down, so left to itself it
 * fits up to half a point more on a line of 14 pt text than the DOCX holds, and the two files would
 * wrap differently.
 */
final class LineBreaker {
  /** The exact advance width of a character, per point of font size, in the face given. */
  interface Measure {
    float advance(int codePoint, boolean bold, boolean italic);
  }

  private final Measure measure;

  LineBreaker(Measure measure) {
    this.measure = measure;
  }

  /**
   * The lines of {@code runs}: the first line {@code firstWidth} wide, the others {@code width}.
   * Each line's runs keep their style; the spaces where a line breaks are dropped. A word wider than
   * a line is cut after as many letters as fit, and the rest starts the next line.
   *
   * @param runs the runs with their sizes resolved (no run of size 0)
   */
  List<List<Block.Run>> lines(List<Block.Run> runs, float firstWidth, float width) {
    List<Word> words = words(runs);
    List<List<Block.Run>> lines = new ArrayList<>();
    List<Word> line = new ArrayList<>();
    float used = 0;
    ArrayDeque<Word> queue = new ArrayDeque<>(words);
    while (!queue.isEmpty()) {
      Word word = queue.poll();
      float available = lines.isEmpty() ? firstWidth : width;
      if (!line.isEmpty() && used + word.ink > available) {
        lines.add(join(line));
        line = new ArrayList<>();
        used = 0;
        available = width;
      }
      if (line.isEmpty() && word.ink > available) {
        // A word wider than the line: as many letters as fit, the rest starts the next line (as Word does).
        Word[] halves = split(word, available);
        if (halves != null) {
          lines.add(join(List.of(halves[0])));
          queue.addFirst(halves[1]);
          continue;
        }
      }
      line.add(word);
      used += word.ink + word.space;
    }
    if (!line.isEmpty() || lines.isEmpty()) lines.add(join(line));
    return lines;
  }

  /** A word with the spaces after it, as pieces of the runs it spans; {@code ink} is its width without those spaces. */
  private record Word(List<Block.Run> parts, float ink, float space) {}

  private List<Word> words(List<Block.Run> runs) {
    List<Word> words = new ArrayList<>();
    List<Block.Run> parts = new ArrayList<>();
    float ink = 0;
    float space = 0;
    for (Block.Run run : runs) {
      String text = run.text();
      int start = 0;
      for (int i = 0; i < text.length(); ) {
        int c = text.codePointAt(i);
        if (c != ' ' && space > 0) {
          // A non-space after spaces: the word before is complete.
          if (i > start) parts.add(part(run, text.substring(start, i)));
          words.add(new Word(parts, ink, space));
          parts = new ArrayList<>();
          ink = 0;
          space = 0;
          start = i;
        }
        float advance = measure.advance(c, run.bold(), run.italic()) * (float) run.size();
        if (c == ' ') space += advance;
        else ink += advance;
        i += Character.charCount(c);
        if (c == '-' && i > 1 && text.charAt(i - 2) != ' ' && i < text.length() && text.charAt(i) != ' ') {
          // A hyphen inside a word ("KH-SLĐTBXH", "2021-2025") may end a line, as in Word and LibreOffice.
          parts.add(part(run, text.substring(start, i)));
          words.add(new Word(parts, ink, 0));
          parts = new ArrayList<>();
          ink = 0;
          start = i;
        }
      }
      if (start < text.length()) parts.add(part(run, text.substring(start)));
    }
    if (!parts.isEmpty()) words.add(new Word(parts, ink, space));
    return words;
  }

  /** The longest head of the word that fits {@code available} (at least one letter), and the rest; null when nothing is left over. */
  private Word[] split(Word word, float available) {
    List<Block.Run> head = new ArrayList<>();
    List<Block.Run> tail = new ArrayList<>();
    float ink = 0;
    boolean full = false;
    for (Block.Run run : word.parts()) {
      if (full) {
        tail.add(run);
        continue;
      }
      String text = run.text();
      int i = 0;
      while (i < text.length()) {
        int c = text.codePointAt(i);
        float advance = measure.advance(c, run.bold(), run.italic()) * (float) run.size();
        if (c != ' ' && ink + advance > available && (ink > 0 || i > 0)) {
          full = true;
          break;
        }
        ink += advance;
        i += Character.charCount(c);
      }
      if (i > 0) head.add(part(run, text.substring(0, i)));
      if (i < text.length()) tail.add(part(run, text.substring(i)));
    }
    if (tail.isEmpty() || tail.stream().allMatch(r -> r.text().isBlank())) return null;
    float rest = 0;
    for (Block.Run run : tail) {
      String text = run.text().stripTrailing();
      for (int i = 0; i < text.length(); ) {
        int c = text.codePointAt(i);
        rest += measure.advance(c, run.bold(), run.italic()) * (float) run.size();
        i += Character.charCount(c);
      }
    }
    return new Word[] {new Word(head, ink, 0), new Word(tail, rest, word.space())};
  }

  private static Block.Run part(Block.Run run, String text) {
    return new Block.Run(text, run.bold(), run.italic(), run.size());
  }

  /** The words of a line as runs, without the spaces at its end. */
  private static List<Block.Run> join(List<Word> line) {
    List<Block.Run> runs = new ArrayList<>();
    for (Word word : line) runs.addAll(word.parts());
    while (!runs.isEmpty()) {
      Block.Run last = runs.get(runs.size() - 1);
      String trimmed = last.text().stripTrailing();
      runs.remove(runs.size() - 1);
      if (!trimmed.isEmpty()) {
        runs.add(part(last, trimmed));
        break;
      }
    }
    return runs;
  }
}
