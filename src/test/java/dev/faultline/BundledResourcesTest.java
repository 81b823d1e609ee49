package dev.faultline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The installed app has no checkout to read from: it takes the default sample and its window icons from the
 * classpath. Those copies must be the same bytes as the repository files people edit.
 */
class BundledResourcesTest {
    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BundledResourcesTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name + " is on the classpath");
            return in.readAllBytes();
        }
    }

    @Test
    void bundledDefaultSampleIsTheRepositoryCopy() throws IOException {
        assertArrayEquals(Files.readAllBytes(Path.of("sample-topologies", "online-shop.yaml")),
                resource("/dev/faultline/samples/online-shop.yaml"),
                "copy sample-topologies/online-shop.yaml to src/main/resources/dev/faultline/samples/");
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 24, 32, 48, 64, 128, 256, 512})
    void appIconIsBundledAtEverySize(int size) throws IOException {
        Path png = Path.of("icons", "png", "faultline-" + size + ".png");
        byte[] bundled = resource("/dev/faultline/app/icons/faultline-" + size + ".png");
        assertArrayEquals(Files.readAllBytes(png), bundled, "run icons/build-icons.sh --app-only");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bundled));
        assertEquals(size, image.getWidth());
        assertEquals(size, image.getHeight());
        assertTrue(image.getColorModel().hasAlpha(), "rounded corners need transparency");
    }

    @Test
    void installerIconsExist() throws IOException {
        byte[] ico = Files.readAllBytes(Path.of("icons", "faultline.ico"));
        assertEquals(0, ico[0]);
        assertEquals(1, ico[2], "ICO type 1 (icon)");
        assertTrue(ico[4] >= 6, "several sizes in the .ico");
        byte[] icns = Files.readAllBytes(Path.of("icons", "faultline.icns"));
        assertEquals("icns", new String(icns, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }
}
