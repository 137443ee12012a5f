package org.dangstat.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charts' own PNG writer: any decoder must read back exactly the pixels painted. */
class PngFileTest {

  @TempDir Path tmp;

  @Test
  void aDecoderReadsBackEveryPixel() throws Exception {
    BufferedImage image = new BufferedImage(333, 201, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 333, 201);
    g.setColor(new Color(31, 90, 153));
    g.fillRect(40, 30, 25, 150); // a bar
    g.drawString("支部 2025", 100, 100); // anti-aliased edges, many colours
    g.dispose();
    Random random = new Random(15);
    for (int i = 0; i < 2_000; i++) { // pixels whose channels fall below the pixel above them
      image.setRGB(random.nextInt(333), random.nextInt(201), random.nextInt());
    }
    image.setRGB(0, 0, 0xFF000000); // the top byte, unused in RGB, must not leak into the colours
    Path file = tmp.resolve("chart.png");

    PngFile.write(image, file);

    BufferedImage read = ImageIO.read(file.toFile());
    assertThat(read.getWidth()).isEqualTo(333);
    assertThat(read.getHeight()).isEqualTo(201);
    for (int y = 0; y < 201; y++) {
      for (int x = 0; x < 333; x++) {
        assertThat(read.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
  }

  @Test
  void anImageWithTransparencyIsRefused() {
    var image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
    assertThatThrownBy(() -> PngFile.write(image, tmp.resolve("x.png"))).isInstanceOf(IllegalArgumentException.class);
  }
}
