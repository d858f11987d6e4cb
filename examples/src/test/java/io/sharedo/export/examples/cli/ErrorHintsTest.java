package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hints that follow where a failure came from, not only its code. */
class ErrorHintsTest {

  @Test
  void anUnreachableIdentityServerPointsAtTheIdentityUrlNotTheServer() {
    ExportException token = new ExportException(ExportErrorCode.NETWORK_ERROR, "cannot reach the identity server",
        Map.of("operation", "token"), null);
    ExportException create = new ExportException(ExportErrorCode.NETWORK_ERROR, "create on uat failed",
        Map.of("operation", "create"), null);

    assertThat(ErrorHints.hintFor(token, false)).contains("--identity-url").doesNotContain("--server");
    assertThat(ErrorHints.hintFor(create, false)).contains("--server");
  }

  @Test
  void anUnwritableDestinationPointsAtTheFolderNotTheNetwork() {
    ExportException destination = new ExportException(ExportErrorCode.DOWNLOAD_FAILED,
        "cannot write the package to /x/p.zip: permission denied", Map.of("destination", "/x/p.zip"), null);
    ExportException broken = new ExportException(ExportErrorCode.DOWNLOAD_FAILED, "the download broke off");

    assertThat(ErrorHints.hintFor(destination, false)).contains("--out folder").doesNotContain("network");
    assertThat(ErrorHints.hintFor(broken, false)).contains("network");
  }
}
