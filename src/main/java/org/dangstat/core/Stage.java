package org.dangstat.core;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a person stands on the way into the party, in the order of the procedure: the codes of
 * the {@code stage} column in the warehouse, the labels clerks read.
 */
public enum Stage {
  APPLICANT("入党申请人"),
  ACTIVIST("入党积极分子"),
  CANDIDATE("发展对象"),
  PROBATIONARY("预备党员"),
  FULL("正式党员");

  private final String label;
  /** Lower-cased once: validation asks for it several times a row. */
  private final String code;

  Stage(String label) {
    this.label = label;
    this.code = name().toLowerCase(Locale.ROOT);
  }

  /** As stored: {@code applicant}, {@code activist}, {@code candidate}, {@code probationary}, {@code full}. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** 预备党员 or 正式党员. */
  public boolean isMember() {
    return this == PROBATIONARY || this == FULL;
  }

  /** Whether {@code code} is this stage (null is none). */
  public boolean is(String code) {
    return code().equals(code);
  }

  public static Optional<Stage> fromCode(String code) {
    return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
  }

  /** Looked up for every person a compliance check reads: a map, not a walk over a fresh values() copy. */
  private static final java.util.Map<String, Stage> BY_CODE = java.util.Arrays.stream(values())
      .collect(java.util.stream.Collectors.toUnmodifiableMap(Stage::code, s -> s));

  /** Whether a stored code is a member's stage. */
  public static boolean isMember(String code) {
    return fromCode(code).map(Stage::isMember).orElse(false);
  }
}
