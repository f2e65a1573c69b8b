package io.gongkai.cli;

import org.apache.commons.logging.LogFactory;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The libraries' logging as the command line prints it (logback.xml and {@link Logging}). */
class LoggingTest {
    @org.junit.jupiter.api.extension.RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    private final ByteArrayOutputStream err = console.err;

    @BeforeEach
    void start() {
        Main.run("--version");   // as a run starts: commons-logging sent to SLF4J, quiet
        err.reset();
    }

    @AfterEach
    void quiet() {
        Logging.reset(false);
    }

    private List<String> lines() {
        List<String> l = err.toString(StandardCharsets.UTF_8).lines().toList();
        err.reset();
        return l;
    }

    @Test
    void quietErrorsOnlyOneLineEachKindOnceAndAtMostTen() {
        Logging.reset(false);
        Logger log = LoggerFactory.getLogger("org.apache.pdfbox.cos.COSObject");
        for (int i = 1; i <= 5; i++) log.error("Can't dereference COSObject{" + i + " 0 R}", new IOException("Unknown dir\n   object " + i));
        log.warn("a warning");
        log.info("an info");
        assertEquals(List.of("gongkai: warning: Can't dereference COSObject{1 0 R}: Unknown dir object 1 (COSObject)"), lines());
        log.error("x".repeat(250));
        assertEquals(List.of("gongkai: warning: " + "x".repeat(200) + "… (COSObject)"), lines());
        List<String> more = new ArrayList<>();
        for (char c = 'a'; c <= 'p'; c++) log.error("message of kind " + c);
        more.addAll(lines());
        assertEquals(Logging.MAX_LINES - 2 + 1, more.size(), String.join("\n", more));
        assertEquals("gongkai: warning: message of kind a (COSObject)", more.get(0));
        assertEquals("gongkai: warning: more messages of the PDF reader left out (--verbose shows them all)", more.get(more.size() - 1));
        // a new run starts afresh
        Logging.reset(false);
        log.error("Can't dereference COSObject{7 0 R}");
        assertEquals(List.of("gongkai: warning: Can't dereference COSObject{7 0 R} (COSObject)"), lines());
    }

    @Test
    void everyLibrarysLoggingComesOutSo() {
        Logging.reset(false);
        LogFactory.getLog("org.apache.pdfbox.pdmodel.font.PDType1Font").error("from commons-logging");   // pdfbox
        LogManager.getLogger("org.apache.poi.util.XMLHelper").error("from log4j-api");                // POI
        LoggerFactory.getLogger("technology.tabula.ObjectExtractor").error("from slf4j");              // tabula
        assertEquals(List.of("gongkai: warning: from commons-logging (PDType1Font)", "gongkai: warning: from log4j-api (XMLHelper)",
                "gongkai: warning: from slf4j (ObjectExtractor)"), lines());
    }

    @Test
    void verboseShowsInfoAndUpWithStackTraces() {
        Logging.reset(true);
        Logger log = LoggerFactory.getLogger("org.apache.pdfbox.pdfparser.COSParser");
        log.debug("a debug message");
        log.info("an info");
        log.info("an info");
        log.warn("a warning", new IOException("bad xref"));
        String said = err.toString(StandardCharsets.UTF_8);
        List<String> l = lines();
        assertEquals(List.of("gongkai: info (COSParser): an info", "gongkai: info (COSParser): an info", "gongkai: warn (COSParser): a warning",
                "java.io.IOException: bad xref"), l.subList(0, 4));
        assertTrue(said.contains("\tat io.gongkai.cli.LoggingTest."), said);
    }
}
