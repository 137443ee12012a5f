package org.dangstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every HTML page comes from a template: no string literal in a production class holds an HTML
 * tag (lower case, as we would write one; {@code <P>} in a usage line is a placeholder). Javadoc's
 * own paragraph and list tags are comments, not output, and are not looked at.
 */
class NoHtmlInJavaTest {

  private static final Pattern TAG = Pattern.compile(
      "</?(html|head|body|style|script|table|thead|tbody|tr|td|th|ul|ol|li|p|div|span|h[1-6]|img|figure"
          + "|figcaption|b|i|em|strong|meta|title|br|pre|code|a|link|svg)(\\s[^>]*)?/?>");
  private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
  private static final Pattern STRINGS = Pattern.compile("(?s)\"\"\".*?\"\"\"|\"(\\\\.|[^\"\\\\\\n])*\"");

  @Test
  void noProductionClassWritesAnHtmlTag() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String code = COMMENTS.matcher(Files.readString(f)).replaceAll("");
        var literals = STRINGS.matcher(code);
        while (literals.find()) {
          if (TAG.matcher(literals.group()).find()) {
            found.add(f + ": " + literals.group());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theCheckWouldSeeOne() {
    String code = COMMENTS.matcher("String s = \"<td>\" + x; // <p>\n").replaceAll("");
    var literals = STRINGS.matcher(code);
    assertThat(literals.find()).isTrue();
    assertThat(TAG.matcher(literals.group()).find()).isTrue();
  }
}
