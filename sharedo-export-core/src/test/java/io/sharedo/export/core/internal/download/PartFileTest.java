package io.sharedo.export.core.internal.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PartFile}: what is written arrives whole, and the background write-back never outlives it. */
class PartFileTest {
  @TempDir
  Path folder;

  private static boolean writebackThreadAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.isAlive() && t.getName().startsWith("sharedo-export-writeback-"));
  }

  @Test
  void writesBackInTheBackgroundAndStopsThatThreadWhenDurable() throws Exception {
    byte[] block = new byte[1 << 20];
    new Random(3).nextBytes(block);
    long blocks = PartFile.WRITEBACK_STEP / block.length * 2 + 3;
    MessageDigest written = MessageDigest.getInstance("SHA-256");
    boolean sawWriteback = false;
    Path path;
    try (PartFile part = PartFile.create(folder, "p.zip")) {
      path = part.path();
      for (long i = 0; i < blocks; i++) {
        ByteBuffer[] buffers = {ByteBuffer.wrap(block, 0, 1000), ByteBuffer.wrap(block, 1000, block.length - 1000)};
        part.write(buffers, block.length);
        written.update(block);
        sawWriteback |= writebackThreadAlive();
      }
      part.makeDurable();
      assertThat(writebackThreadAlive()).as("write-back thread after makeDurable").isFalse();
    }

    assertThat(sawWriteback).as("a write-back thread ran past " + PartFile.WRITEBACK_STEP + " bytes").isTrue();
    assertThat(path.getFileName().toString()).startsWith("p.zip.part-");
    assertThat(Files.size(path)).isEqualTo(blocks * block.length);
    assertThat(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path))).isEqualTo(written.digest());
  }

  @Test
  void closingWithoutMakingDurableAlsoStopsTheWritebackThread() throws Exception {
    byte[] block = new byte[(int) PartFile.WRITEBACK_STEP];
    try (PartFile part = PartFile.create(folder, "q.zip")) {
      part.write(new ByteBuffer[] {ByteBuffer.wrap(block)}, block.length);
    }

    assertThat(writebackThreadAlive()).isFalse();
  }

  @Test
  void truncateStartsTheFileOver() throws Exception {
    try (PartFile part = PartFile.create(folder, "r.zip")) {
      part.write(new ByteBuffer[] {ByteBuffer.wrap(new byte[100])}, 100);
      part.truncate();
      part.write(new ByteBuffer[] {ByteBuffer.wrap(new byte[] {1, 2, 3})}, 3);
      part.makeDurable();
      assertThat(Files.readAllBytes(part.path())).containsExactly(1, 2, 3);
    }
  }
}
