package dev.faultline.io.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Compose {@code .env} file: {@code KEY=VALUE} lines, {@code #} comments, an optional {@code export}, quotes.
 * Values may use variables defined on earlier lines ({@code CART_ADDR=cart:${CART_PORT}}); single-quoted values are
 * taken literally. The shell environment is deliberately not read, so an import gives the same result on every
 * machine.
 */
final class EnvFile {
    private EnvFile() {
    }

    static Map<String, String> read(Path file) throws ImportException {
        return parse(InputFiles.readText(file), file);
    }

    static Map<String, String> parse(String text, Path file) throws ImportException {
        Map<String, String> values = new LinkedHashMap<>();
        Interpolator interpolator = new Interpolator(values);
        String[] lines = text.split("\\R", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("export ")) line = line.substring(7).strip();
            int eq = line.indexOf('=');
            if (eq <= 0) throw new ImportException(file, n + 1, 1, "expected KEY=VALUE in .env file");
            String key = line.substring(0, eq).strip();
            if (!key.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                throw new ImportException(file, n + 1, 1, "'" + key + "' is not a variable name");
            }
            String raw = line.substring(eq + 1).strip();
            String value;
            if (raw.startsWith("'") && raw.indexOf('\'', 1) > 0) {
                value = raw.substring(1, raw.indexOf('\'', 1));
            } else if (raw.startsWith("\"") && raw.indexOf('"', 1) > 0) {
                value = interpolator.interpolate(raw.substring(1, raw.lastIndexOf('"')).replace("\\n", "\n"));
            } else {
                int comment = raw.indexOf(" #");
                if (comment >= 0) raw = raw.substring(0, comment).strip();
                value = interpolator.interpolate(raw);
            }
            if (!interpolator.tooDeep().isEmpty()) {
                throw new ImportException(file, n + 1, eq + 2, "${...} defaults nested more than "
                        + Interpolator.MAX_NESTING + " levels deep");
            }
            values.put(key, value);
        }
        return values;
    }
}
