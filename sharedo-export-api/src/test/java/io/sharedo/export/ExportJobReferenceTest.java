package io.sharedo.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A job reference carries its id and environment only; a created job carries everything, consistently. */
class ExportJobReferenceTest {
  private static final ExportParams MATTER = ExportParams.of(ExportType.WORKTYPE, "matter", "uat");

  @Test
  void aReferenceHasAnIdAndAnEnvironmentAndNothingElse() {
    ExportJob reference = ExportJob.reference("j-1", "uat");

    assertThat(reference.isReference()).isTrue();
    assertThat(reference.environment()).isEqualTo("uat");
    assertThat(reference.params()).isNull();
    assertThat(reference.idempotencyKey()).isNull();
    assertThat(reference.createdAt()).isNull();
  }

  @Test
  void aCreatedJobTakesItsEnvironmentFromItsParameters() {
    ExportJob job = new ExportJob("j-1", MATTER, "key", Instant.EPOCH);

    assertThat(job.isReference()).isFalse();
    assertThat(job.environment()).isEqualTo("uat");
  }

  @Test
  void aJobIsAllOrNothing() {
    assertThatThrownBy(() -> new ExportJob("j-1", "uat", null, "key", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("params");
    assertThatThrownBy(() -> new ExportJob("j-1", "vnext", MATTER, "key", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vnext");
    assertThatThrownBy(() -> ExportJob.reference("j-1", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("environment");
  }

  @Test
  void aRecoveredJobNeedsACreatedJobAndMayNameItsDestination() {
    ExportJob job = new ExportJob("j-1", MATTER, "key", Instant.EPOCH);

    assertThat(new RecoveredJob(job, JobPhase.DOWNLOADING, Instant.EPOCH).destination()).isNull();
    assertThat(new RecoveredJob(job, JobPhase.DOWNLOADING, Instant.EPOCH, Path.of("p.zip")).destination())
        .isEqualTo(Path.of("p.zip"));
    assertThatThrownBy(() -> new RecoveredJob(ExportJob.reference("j-1", "uat"), JobPhase.MONITORING, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reference");
  }

  @Test
  void batchOptionsKeepNoFilesByDefault() {
    assertThat(BatchOptions.defaults().outputDirectory()).isNull();
    assertThat(BatchOptions.builder().outputDirectory(Path.of("out")).build().outputDirectory())
        .isEqualTo(Path.of("out"));
  }
}
