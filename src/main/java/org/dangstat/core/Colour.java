package org.dangstat.core;

/**
 * A colour of the one palette every output uses (report, charts, workbooks, allocation page),
 * as 0xRRGGBB. Charts draw with it; table rows and cells are filled with its {@link #tint()},
 * which is the same colour mixed with white so that black text stays readable on it.
 */
public record Colour(int rgb) {

  /** How much of the colour a tint keeps (the rest is white). */
  private static final double TINT = 0.25;

  public Colour {
    if (rgb < 0 || rgb > 0xFFFFFF) {
      throw new IllegalArgumentException("not an RGB colour: " + Integer.toHexString(rgb));
    }
  }

  /** Six upper-case hex digits, as POI and CSS want them: {@code 2E7D32}. */
  public String hex() {
    return String.format("%06X", rgb);
  }

  /** The light background version of this colour. */
  public Colour tint() {
    return new Colour(mix(rgb >> 16) << 16 | mix(rgb >> 8) << 8 | mix(rgb));
  }

  private static int mix(int channel) {
    return (int) Math.round((channel & 0xFF) * TINT + 255 * (1 - TINT));
  }
}
