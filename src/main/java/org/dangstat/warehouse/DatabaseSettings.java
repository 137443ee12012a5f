package org.dangstat.warehouse;

/** Where the warehouse is: a JDBC URL with its credentials (a real server, or the embedded one). */
public record DatabaseSettings(String url, String user, String password) {

  /** The URL with the password left out, for messages. */
  public String describe() {
    return url + (user == null || user.isBlank() ? "" : " (user " + user + ")");
  }
}
