package dev.faultline.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class InterpolatorTest {
    private final Map<String, String> vars = new LinkedHashMap<>(Map.of("HOST", "db", "PORT", "5432", "EMPTY", ""));
    private final Interpolator interpolator = new Interpolator(vars);

    @Test
    void bracedAndBareVariables() {
        assertEquals("db:5432", interpolator.interpolate("${HOST}:$PORT"));
    }

    @Test
    void defaultsDistinguishUnsetFromEmpty() {
        assertEquals("x", interpolator.interpolate("${EMPTY:-x}"));
        assertEquals("", interpolator.interpolate("${EMPTY-x}"));
        assertEquals("x", interpolator.interpolate("${MISSING-x}"));
        assertEquals("db", interpolator.interpolate("${HOST:-x}"));
    }

    @Test
    void defaultsMayHoldConnectionStringsAndVariables() {
        assertEquals("Server=sqldata;Database=x", interpolator.interpolate("${AZURE_DB:-Server=sqldata;Database=x}"));
        assertEquals("db", interpolator.interpolate("${A:-${HOST}}"));
    }

    @Test
    void deeplyNestedDefaultsStopInsteadOfOverflowingTheStack() {
        String hostile = "${A:-".repeat(50_000) + "x" + "}".repeat(50_000);
        String result = interpolator.interpolate(hostile);
        assertTrue(result.endsWith("}"), "beyond the nesting limit the text stays as written");
        assertEquals(1, interpolator.tooDeep().size(), "and is remembered, so the import can say so");
        assertEquals("x", interpolator.interpolate("${A:-${B:-${C:-x}}}"));
    }

    @Test
    void alternativeValues() {
        assertEquals("yes", interpolator.interpolate("${HOST:+yes}"));
        assertEquals("", interpolator.interpolate("${MISSING:+yes}"));
    }

    @Test
    void doubleDollarIsALiteralDollar() {
        assertEquals("$HOST and $$", interpolator.interpolate("$$HOST and $$$$"));
    }

    @Test
    void unsetVariablesReadAsEmptyAndAreRemembered() {
        assertEquals("pw=", interpolator.interpolate("pw=${MYSQL_ROOT_PASSWORD}"));
        assertEquals(Set.of("MYSQL_ROOT_PASSWORD"), interpolator.unset());
    }

    @Test
    void envFileExpandsEarlierValuesAndHonoursQuotes() throws ImportException {
        Map<String, String> env = EnvFile.parse("""
                # comment
                CART_PORT=7070
                CART_ADDR=cart:${CART_PORT}
                export QUOTED="a ${CART_PORT}"
                LITERAL='${CART_PORT}'
                TRAILING=postgres:17.6 \s
                """, Path.of(".env"));
        assertEquals("cart:7070", env.get("CART_ADDR"));
        assertEquals("a 7070", env.get("QUOTED"));
        assertEquals("${CART_PORT}", env.get("LITERAL"));
        assertEquals("postgres:17.6", env.get("TRAILING"));
    }

    @Test
    void envFileLineWithoutEqualsIsAnError() {
        ImportException e = assertThrows(ImportException.class, () -> EnvFile.parse("A=1\nnonsense\n", Path.of(".env")));
        assertEquals(2, e.line());
    }
}
