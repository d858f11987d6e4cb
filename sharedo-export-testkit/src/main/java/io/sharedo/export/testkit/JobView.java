package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of one export job on the fake server, for assertions. Immutable and thread-safe; take a
 * new one with {@link FakeShareDoServer#job(String)} to see later changes.
 *
 * @param id the job id
 * @param environment the environment it runs in
 * @param state its state
 * @param percentage 0..100
 * @param currentStep what it is exporting now ({@code current[0].description}), or null when not running
 * @param items the requested items as {@code provider:systemName}
 * @param idempotencyKey the {@code Idempotency-Key} it was created with, or null
 * @param progressRequests how many progress requests were answered for it
 * @param downloads how many download requests were answered for it
 * @param packageSize the package's size in bytes once completed, else null
 * @param packageSha256 the package's SHA-256 (lower-case hex) once completed, else null
 * @param errorMessage why it failed, or null
 * @param configName the export configuration name it was created with (the manifest's {@code Name})
 * @param createdBy whom its token stood for (the manifest's {@code CreatedBy})
 */
public record JobView(
    String id,
    String environment,
    State state,
    int percentage,
    @Nullable String currentStep,
    List<String> items,
    @Nullable String idempotencyKey,
    int progressRequests,
    int downloads,
    @Nullable Long packageSize,
    @Nullable String packageSha256,
    @Nullable String errorMessage,
    String configName,
    String createdBy) {

  /** Checks the arguments and copies the list. */
  public JobView {
    Args.notBlank(id, "id");
    Args.notBlank(environment, "environment");
    Args.notNull(state, "state");
    if (percentage < 0 || percentage > 100) {
      throw new IllegalArgumentException("percentage must be within 0..100: " + percentage);
    }
    items = Args.copy(items, "items");
  }

  /** The states of a job; {@link #wireName()} is how progress answers spell them. */
  public enum State {
    /** Created, not started yet. */
    PENDING,
    /** Exporting. */
    RUNNING,
    /**
     * Exported; the package can be downloaded once {@code packageAvailable} is true (with a packaging
     * delay, a job is COMPLETED and complete a while before that).
     */
    COMPLETED,
    /** Failed; see {@link JobView#errorMessage()}. */
    FAILED,
    /** The steps were exported but the package could not be made; sent as {@code PACKAGE CREATION FAILED}. */
    PACKAGE_CREATION_FAILED,
    /** Cancelled by a client. */
    CANCELLED;

    /**
     * Whether the job has finished, in any way.
     *
     * @return true for COMPLETED, FAILED, PACKAGE_CREATION_FAILED and CANCELLED
     */
    public boolean isFinished() {
      return this != PENDING && this != RUNNING;
    }

    /**
     * The state as progress answers spell it.
     *
     * @return e.g. {@code RUNNING} or {@code PACKAGE CREATION FAILED}
     */
    public String wireName() {
      return name().replace('_', ' ');
    }
  }
}
