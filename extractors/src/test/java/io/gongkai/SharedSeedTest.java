package io.gongkai;

import io.gongkai.model.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reads ../shared (profile -Pcorpus): the committed sample is the shared seed, byte for byte, and reads the same. */
@Tag("corpus")
class SharedSeedTest {

    private static Path shared() {
        return Path.of(System.getProperty("gongkai.shared", "../../shared"));
    }

    @Test
    void theBundledSampleIsTheSeed() throws Exception {
        Path seed = shared().resolve("seeds/000_867f5b42e0175f06.txt");
        assertArrayEquals(Files.readAllBytes(seed), Files.readAllBytes(Samples.seed()));
        Document fromShared = Gongkai.extract(seed);
        Document fromSample = Gongkai.extract(Samples.seed());
        assertEquals(fromSample.sha256(), fromShared.sha256());
        assertEquals(fromSample.checkCounts(), fromShared.checkCounts());
    }
}
