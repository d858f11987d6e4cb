package io.sharedo.export.core.internal.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sharedo.export.Compression;
import io.sharedo.export.ExportFormat;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportOptions;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportType;
import io.sharedo.export.JobPhase;
import io.sharedo.export.RecoveredJob;
import io.sharedo.export.core.internal.http.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the jobs this process is monitoring or downloading, one JSON file per job in a folder,
 * so that a restarted process can finish them instead of starting over. Each write goes to a
 * temporary file that is then moved atomically over the old one. Holds no secrets. A journal that
 * cannot be written is logged and otherwise ignored: it must never break an export. An entry names
 * the package file the export was writing, so a resumed export puts it in the same place. Thread-safe.
 */
public final class JobJournal {
  private static final Logger LOG = LoggerFactory.getLogger(JobJournal.class);
  private static final String SUFFIX = ".job.json";

  private final Path directory;

  /**
   * Opens (creating when needed) a journal folder.
   *
   * @param directory the folder
   */
  public JobJournal(Path directory) {
    this.directory = directory;
  }

  /**
   * Records the job's current phase.
   *
   * @param job the job
   * @param phase what the process is doing with it
   * @param destination where the package is to go (absolute), or null when it is not kept
   */
  public void record(ExportJob job, JobPhase phase, @Nullable Path destination) {
    ObjectNode node = Json.object();
    node.put("jobId", job.jobId());
    node.put("idempotencyKey", job.idempotencyKey());
    // Only jobs this client created are journaled: they have a key, a creation time and parameters.
    node.put("createdAt", Objects.requireNonNull(job.createdAt()).toString());
    node.put("phase", phase.name());
    node.put("recordedAt", Instant.now().toString());
    if (destination != null) {
      node.put("destination", destination.toAbsolutePath().normalize().toString());
    }
    ExportParams p = Objects.requireNonNull(job.params());
    ObjectNode params = node.putObject("params");
    params.put("type", p.type().name());
    params.put("provider", p.provider());
    params.put("systemName", p.systemName());
    params.put("environment", p.environment());
    ExportOptions o = p.options();
    ObjectNode options = params.putObject("options");
    options.put("includeDependencies", o.includeDependencies());
    options.put("includeHistory", o.includeHistory());
    options.put("format", o.format().name());
    options.put("compression", o.compression().name());
    options.put("allowFallback", o.allowFallback());
    Path file = fileOf(job.jobId());
    Path temp = directory.resolve(file.getFileName() + ".tmp-" + UUID.randomUUID());
    try {
      Files.createDirectories(directory);
      Files.writeString(temp, Json.writePretty(node), StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      LOG.warn("could not write the job journal entry {}", file, e);
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // best effort
      }
    }
  }

  /**
   * Forgets a job (finished, failed or cancelled).
   *
   * @param jobId the job id
   */
  public void remove(String jobId) {
    try {
      Files.deleteIfExists(fileOf(jobId));
    } catch (IOException e) {
      LOG.warn("could not remove the job journal entry for {}", jobId, e);
    }
  }

  /**
   * The recorded jobs, oldest first; unreadable entries are logged and skipped.
   *
   * @return the jobs
   */
  public List<RecoveredJob> list() {
    List<RecoveredJob> jobs = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return jobs;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
      for (Path file : files) {
        try {
          jobs.add(parse(Json.parse(Files.readString(file, StandardCharsets.UTF_8))));
        } catch (IOException | RuntimeException e) {
          LOG.warn("skipping the unreadable job journal entry {}", file, e);
        }
      }
    } catch (IOException e) {
      LOG.warn("could not read the job journal {}", directory, e);
    }
    jobs.sort(Comparator.comparing(RecoveredJob::recordedAt));
    return jobs;
  }

  private static RecoveredJob parse(JsonNode node) {
    JsonNode p = node.get("params");
    JsonNode o = p.get("options");
    ExportOptions options = ExportOptions.builder()
        .includeDependencies(o.path("includeDependencies").asBoolean(true))
        .includeHistory(o.path("includeHistory").asBoolean(false))
        .format(ExportFormat.valueOf(o.path("format").asText("ZIP")))
        .compression(Compression.valueOf(o.path("compression").asText("NONE")))
        .allowFallback(o.path("allowFallback").asBoolean(false))
        .build();
    ExportParams params = ExportParams.builder()
        .type(ExportType.valueOf(p.get("type").asText()))
        .provider(p.get("provider").asText())
        .systemName(p.get("systemName").asText())
        .environment(p.get("environment").asText())
        .options(options)
        .build();
    ExportJob job = new ExportJob(node.get("jobId").asText(), params, node.get("idempotencyKey").asText(),
        Instant.parse(node.get("createdAt").asText()));
    JsonNode destination = node.get("destination");
    return new RecoveredJob(job, JobPhase.valueOf(node.get("phase").asText()),
        Instant.parse(node.get("recordedAt").asText()),
        destination == null || !destination.isTextual() ? null : Path.of(destination.asText()));
  }

  private Path fileOf(String jobId) {
    // Job ids are server-chosen; keep only safe characters so an id can never name another path.
    String safe = jobId.replaceAll("[^A-Za-z0-9._-]", "_");
    return directory.resolve(safe + SUFFIX);
  }
}
