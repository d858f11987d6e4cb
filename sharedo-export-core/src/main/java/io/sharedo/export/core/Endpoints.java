package io.sharedo.export.core;

import io.sharedo.export.core.internal.http.JobIds;

/**
 * Every server path the client uses, in one place, so a deployment whose server differs can
 * override a path without forking. Paths are appended to the environment's base URL (the token
 * path to the identity URL); {@code {jobId}} is replaced by the job id. Immutable and thread-safe.
 *
 * @param token the OAuth2 token path, relative to the identity URL
 * @param createJob the package export job path (POST)
 * @param progress a job's progress path (GET); the client adds the {@code _} cache buster
 * @param cancelJob a job's cancel path (DELETE)
 * @param download a job's package download path (GET)
 * @param dependencies the "what would be added" path (POST)
 * @param configurationExport the synchronous configuration export path used as fallback (POST)
 */
public record Endpoints(
    String token,
    String createJob,
    String progress,
    String cancelJob,
    String download,
    String dependencies,
    String configurationExport) {

  private static final String JOB_ID = "{jobId}";
  private static final Endpoints DEFAULTS = builder().build();

  /**
   * Creates the record, checking every argument.
   *
   * @param token the OAuth2 token path, relative to the identity URL
   * @param createJob the package export job path (POST)
   * @param progress a job's progress path (GET)
   * @param cancelJob a job's cancel path (DELETE)
   * @param download a job's package download path (GET)
   * @param dependencies the "what would be added" path (POST)
   * @param configurationExport the configuration export path (POST)
   * @throws IllegalArgumentException naming the argument when a path is blank, does not start with
   *     {@code /}, or a job path lacks {@code {jobId}}
   */
  public Endpoints {
    path(token, "token");
    path(createJob, "createJob");
    jobPath(progress, "progress");
    jobPath(cancelJob, "cancelJob");
    jobPath(download, "download");
    path(dependencies, "dependencies");
    path(configurationExport, "configurationExport");
  }

  /**
   * The paths of PROTOCOL.md.
   *
   * @return the default endpoints
   */
  public static Endpoints defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A job path with the job id filled in as one percent-encoded path segment.
   *
   * @param template one of this record's job paths
   * @param jobId the job id: 1 to 128 letters, digits and {@code - . _ ~}, not {@code .} or {@code ..}
   * @return the path
   * @throws IllegalArgumentException when jobId is not such an id (the message shows it escaped)
   */
  public static String forJob(String template, String jobId) {
    if (!JobIds.isValid(jobId)) {
      throw new IllegalArgumentException(JobIds.problem(jobId) + "; a ShareDo job id is a GUID");
    }
    return template.replace(JOB_ID, JobIds.pathSegment(jobId));
  }

  private static String path(String value, String name) {
    Args.notBlank(value, name);
    if (!value.startsWith("/")) {
      throw new IllegalArgumentException(name + " must start with '/', was " + value);
    }
    return value;
  }

  private static String jobPath(String value, String name) {
    path(value, name);
    if (!value.contains(JOB_ID)) {
      throw new IllegalArgumentException(name + " must contain " + JOB_ID + ", was " + value);
    }
    return value;
  }

  /** Builds {@link Endpoints}. Not thread-safe; {@link #build()} returns an immutable record. */
  public static final class Builder {
    private String token = "/connect/token";
    private String createJob = "/api/modeller/importexport/export/package";
    private String progress = "/api/modeller/importexport/export/package/{jobId}/progress/";
    private String cancelJob = "/api/modeller/importexport/export/package/{jobId}";
    private String download = "/modeller/__importexport/export/package/{jobId}/download";
    private String dependencies = "/api/modeller/importexport/export/added";
    private String configurationExport = "/api/configuration/export";

    private Builder() {}

    /**
     * The token path.
     *
     * @param value a path starting with {@code /}
     * @return this builder
     * @throws IllegalArgumentException when invalid
     */
    public Builder token(String value) {
      this.token = path(value, "token");
      return this;
    }

    /**
     * The create-job path.
     *
     * @param value a path starting with {@code /}
     * @return this builder
     * @throws IllegalArgumentException when invalid
     */
    public Builder createJob(String value) {
      this.createJob = path(value, "createJob");
      return this;
    }

    /**
     * The progress path.
     *
     * @param value a path starting with {@code /} containing {@code {jobId}}
     * @return this builder
     * @throws IllegalArgumentException when invalid
     */
    public Builder progress(String value) {
      this.progress = jobPath(value, "progress");
      return this;
    }

    /**
     * The cancel path.
     *
     * @param value a path starting with {@code /} containing {@code {jobId}}
     * @return this builder
     * @throws IllegalArgumentException when invalid
     */
    public Builder cancelJob(String value) {
      this.cancelJob = jobPath(value, "cancelJob");
      return this;
    }

    /**
     * The download path.
     *
     * @param value a path starting with {@code /} containing {@code {jobId}}
     * @return this builder
     * @throws IllegalArgumentException when invalid
     */
    public Builder download(String value) {
      this.download = jobPath(value, "download");
      return this;
    }

    /**
     * The dependencies path.
     *
     * @param value a path starting with {@code /}
     * @return this builder
     * @throws IllegalArgumentException when invalid
     */
    public Builder dependencies(String value) {
      this.dependencies = path(value, "dependencies");
      return this;
    }

    /**
     * The configuration export path.
     *
     * @param value a path starting with {@code /}
     * @return this builder
     * @throws IllegalArgumentException when invalid
     */
    public Builder configurationExport(String value) {
      this.configurationExport = path(value, "configurationExport");
      return this;
    }

    /**
     * Builds the endpoints.
     *
     * @return immutable endpoints
     */
    public Endpoints build() {
      return new Endpoints(token, createJob, progress, cancelJob, download, dependencies, configurationExport);
    }
  }
}
