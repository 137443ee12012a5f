package org.dangstat.compliance;

/** Builds findings with the rule's own severity. */
final class Checks {

  private Checks() {}

  static Violation of(PersonFacts p, Rule r, String detail) {
    return of(p, r, r.severity(), detail);
  }

  static Violation of(PersonFacts p, Rule r, String severity, String detail) {
    return new Violation(p.orgCode(), p.label(), r.code().name(), severity, detail);
  }
}
