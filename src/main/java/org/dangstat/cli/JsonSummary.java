package org.dangstat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code --json FILE}: the summary a command printed, as one JSON object, for a monitor (cron,
 * systemd, a dashboard). Written whole or not at all (a temporary file moved into place), also
 * when the command failed, so that a stale file never says a failed night went well.
 */
final class JsonSummary {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonSummary() {}

  static void write(Path file, String command, int exitCode, Instant started, Map<String, Object> body) {
    if (file == null) {
      return;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("command", command);
    json.put("exit_code", exitCode);
    json.put("started_at", OffsetDateTime.ofInstant(started, ZoneId.systemDefault()).toString());
    json.put("finished_at", OffsetDateTime.now().toString());
    json.putAll(body);
    try {
      Path target = file.toAbsolutePath().normalize();
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), ".summary", ".tmp");
      JSON.writeValue(tmp.toFile(), json);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new CommandFailure(ExitCodes.USAGE, "无法写入摘要文件 " + file.toAbsolutePath() + "（JSON_NOT_WRITTEN: "
          + e.getMessage() + "）");
    }
  }

  /** The summary of a command that stopped before it had one. */
  static Map<String, Object> failure(String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("completed", false);
    body.put("failure", message);
    return body;
  }
}
