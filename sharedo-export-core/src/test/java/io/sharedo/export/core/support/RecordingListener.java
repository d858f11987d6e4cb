package io.sharedo.export.core.support;

import io.sharedo.export.DownloadResult;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every event as one short line ("progress 50", "retry create 2", ...). Thread-safe. */
public final class RecordingListener implements ExportListener {
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final List<Integer> percentages = new CopyOnWriteArrayList<>();

  /**
   * The events so far.
   *
   * @return a snapshot
   */
  public List<String> events() {
    return new ArrayList<>(events);
  }

  /**
   * The event names so far, without their arguments.
   *
   * @return a snapshot
   */
  public List<String> names() {
    return events.stream().map(e -> e.split(" ")[0]).toList();
  }

  /**
   * The reported percentages, in order.
   *
   * @return a snapshot
   */
  public List<Integer> percentages() {
    return new ArrayList<>(percentages);
  }

  @Override
  public void exportStarted(ExportParams params) {
    events.add("exportStarted " + params.systemName());
  }

  @Override
  public void jobCreated(ExportJob job) {
    events.add("jobCreated " + job.jobId());
  }

  @Override
  public void progress(ExportJob job, int percentage, String step) {
    percentages.add(percentage);
    events.add("progress " + percentage);
  }

  @Override
  public void stalled(ExportJob job, Duration sinceLastProgress) {
    events.add("stalled");
  }

  @Override
  public void retryScheduled(ExportParams params, String operation, int attempt, Duration delay,
      ExportException cause) {
    events.add("retryScheduled " + operation + " " + attempt);
  }

  @Override
  public void downloadStarted(ExportJob job, long offset, long totalBytes) {
    events.add("downloadStarted " + offset);
  }

  @Override
  public void downloadProgress(ExportJob job, long bytesReceived, long totalBytes) {
    events.add("downloadProgress " + bytesReceived);
  }

  @Override
  public void validated(ExportJob job, DownloadResult download) {
    events.add("validated");
  }

  @Override
  public void extracted(ExportJob job, Path directory, int files) {
    events.add("extracted " + files);
  }

  @Override
  public void completed(ExportResult result) {
    events.add("completed " + result.method());
  }

  @Override
  public void failed(ExportParams params, ExportException error) {
    events.add("failed " + error.code().code());
  }
}
