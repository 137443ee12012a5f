package org.dangstat.report;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.dangstat.core.SubmissionStatus;
import org.dangstat.core.TargetStatus;

/**
 * Every HTML page of the program comes from a JMustache template in
 * {@code src/main/resources/templates/<name>.mustache}: logic-less, so a page's markup lives in
 * its template and its figures in the model the feature builds; no compile step, which suits a
 * command line tool that writes offline files. Every {@code {{value}}} is HTML-escaped ({@code & < >
 * " '}; our attributes are always quoted, so {@code =} and {@code `} need no escaping and a clerk's
 * {@code =SUM(A1)} reads as written). Each page includes {@code {{> style}}}, the one stylesheet,
 * inlined so that the page works offline; its status colours come from {@link TargetStatus} and
 * {@link SubmissionStatus}, like the charts' and workbooks'.
 */
public final class HtmlPage {

  private static final Mustache.Compiler COMPILER = Mustache.compiler()
      .withEscaper(Escapers.simple(new String[][] {
          {"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}, {"'", "&#39;"}}))
      .nullValue("")
      .withLoader(HtmlPage::reader);

  private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

  /** What every page sees besides its own model: the status colours of the stylesheet. */
  private static final Map<String, Object> SHARED = Map.of("palette", palette());

  /** One colour class of the stylesheet: {@code .met}, {@code .accepted}, ... */
  record Swatch(String code, String hex, String tint) {}

  private HtmlPage() {}

  /** The page {@code template} filled from {@code model}. */
  public static String render(String template, Object model) {
    Template compiled = TEMPLATES.computeIfAbsent(template, name -> {
      try (var in = reader(name)) {
        return COMPILER.compile(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    StringWriter out = new StringWriter(1 << 16);
    compiled.execute(model, SHARED, out);
    return out.toString();
  }

  /** Renders and writes the page, UTF-8. */
  public static Path write(String template, Object model, Path file) {
    try {
      Files.writeString(file, render(template, model), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static InputStreamReader reader(String name) {
    InputStream in = HtmlPage.class.getResourceAsStream("/templates/" + name + ".mustache");
    return new InputStreamReader(Objects.requireNonNull(in, "no template " + name), StandardCharsets.UTF_8);
  }

  private static List<Swatch> palette() {
    List<Swatch> out = new ArrayList<>();
    for (TargetStatus s : TargetStatus.values()) {
      out.add(new Swatch(s.code(), s.colour().hex(), s.colour().tint().hex()));
    }
    for (SubmissionStatus s : SubmissionStatus.values()) {
      out.add(new Swatch(s.code(), s.colour().hex(), s.colour().tint().hex()));
    }
    return List.copyOf(out);
  }
}
