package dev.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.io.TopologyLoader;

/** {@code faultline whatif}: edits in memory, errors that name the edit, and an edited copy that never replaces FILE. */
class WhatIfCommandTest {
    @TempDir
    Path dir;

    private Path shop() throws IOException {
        return Files.writeString(dir.resolve("shop.yaml"), DiffCommandTest.BASE);
    }

    @Test
    void printsTheComparisonAndLeavesTheFileAlone() throws IOException {
        Path file = shop();
        CliRun r = CliRun.of("whatif", file.toString(), "--apply", "set db.replicas=1", "--format", "json",
                "--fail-on", "regression");
        assertEquals(1, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("db", j.at("/spofs/added/0/node").asText());
        assertEquals(600, j.at("/cost/after").asInt());
        assertEquals(DiffCommandTest.BASE, Files.readString(file));
    }

    @Test
    void aMalformedEditIsAUsageErrorThatPointsAtIt() throws IOException {
        CliRun r = CliRun.of("whatif", shop().toString(), "--apply", "set web.replicas=3", "--apply", "set dbb.replicas=2");
        assertEquals(3, r.exitCode());
        assertTrue(r.err().contains("--apply #2: unknown node 'dbb' (did you mean 'db'?)"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void anEditThatMakesTheTopologyInvalidExitsTwo() throws IOException {
        Path file = shop();
        CliRun r = CliRun.of("whatif", file.toString(), "--apply", "add db.zones=zz");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith(file + ": error: --apply #1 (add db.zones=zz): "), r.err());
        assertTrue(r.err().contains("zz"), r.err());
    }

    @Test
    void writeTopologyWritesAValidEditedCopy() throws IOException {
        Path file = shop();
        Path out = dir.resolve("edited.yaml");
        CliRun r = CliRun.of("whatif", file.toString(), "--apply", "set cache.replicas=2", "--write-topology", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String copy = Files.readString(out);
        assertTrue(copy.startsWith("# Edited copy of shop.yaml made by faultline whatif, with:\n"), copy);
        assertTrue(copy.contains("--apply 'set cache.replicas=2'"), copy);
        assertEquals(2, new TopologyLoader().load(out).topology().orElseThrow().requireNode("cache").replicas());
        assertEquals(DiffCommandTest.BASE, Files.readString(file));
        assertTrue(r.out().contains("- cache"), r.out());
    }

    @Test
    void writeTopologyNeverReplacesTheFileItReads() throws IOException {
        Path file = shop();
        Path symlink = Files.createSymbolicLink(dir.resolve("link.yaml"), file);
        Path hardLink = Files.createLink(dir.resolve("hard.yaml"), file);
        Path sameViaDots = dir.resolve("sub").resolve("..").resolve("shop.yaml");
        for (Path target : new Path[] {file, symlink, hardLink, sameViaDots}) {
            CliRun r = CliRun.of("whatif", file.toString(), "--apply", "set cache.replicas=2",
                    "--write-topology", target.toString());
            assertEquals(3, r.exitCode(), target.toString());
            assertTrue(r.err().contains("whatif never writes the file it reads"), r.err());
            assertEquals(DiffCommandTest.BASE, Files.readString(file));
        }
        assertTrue(Files.isSymbolicLink(symlink));
        assertFalse(Files.exists(dir.resolve("sub")));
    }
}
