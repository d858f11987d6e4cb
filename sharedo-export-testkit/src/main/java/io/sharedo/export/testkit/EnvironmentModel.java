package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The ShareDo configuration one environment of the fake server holds: its work types and raw steps of
 * other providers, plus what its packages' manifests say about it ({@code ExportedFrom},
 * {@code SharedoVersion}). Packages are built from it when a job completes. Immutable and thread-safe;
 * build one with {@link #builder(String)} or inside
 * {@link FakeShareDoServerBuilder#environment(String, Consumer)}.
 *
 * @param name the environment's name, also its URL path segment ({@code /env/{name}}); it also seeds the
 *     GUIDs the server assigns (role permission and aspect ids), so two environments differ in them
 * @param exportedFrom the manifest's {@code ExportedFrom}, e.g. {@code Acme UAT}
 * @param sharedoVersion the manifest's {@code SharedoVersion}, four numbers such as {@code 7.9.0.0}
 * @param workTypes work types, in the order given
 * @param rawSteps steps of other providers, in the order given
 */
public record EnvironmentModel(
    String name, String exportedFrom, String sharedoVersion, List<WorkTypeModel> workTypes,
    List<RawStepModel> rawSteps) {

  /** The ShareDo version environments report unless told otherwise. */
  public static final String DEFAULT_SHAREDO_VERSION = "7.9.0.0";

  /** Checks the arguments and copies the lists. */
  public EnvironmentModel {
    Args.notBlank(name, "name");
    if (!name.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("name must be a URL path segment of letters, digits, '.', '_' or '-': " + name);
    }
    Args.notBlank(exportedFrom, "exportedFrom");
    Args.notNull(sharedoVersion, "sharedoVersion");
    if (!sharedoVersion.matches("\\d{1,9}(\\.\\d{1,9}){1,3}")) {
      throw new IllegalArgumentException("sharedoVersion must be like 7.9.0.0: " + sharedoVersion);
    }
    workTypes = Args.copy(workTypes, "workTypes");
    rawSteps = Args.copy(rawSteps, "rawSteps");
  }

  /**
   * A builder for an empty environment exported from {@code name}, ShareDo {@value #DEFAULT_SHAREDO_VERSION}.
   *
   * @param name the environment's name
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * A builder holding a copy of this environment under another name (and {@code ExportedFrom} that name),
   * for deriving a changed one.
   *
   * @param newName the new environment's name
   * @return a new builder
   */
  public Builder toBuilder(String newName) {
    Builder b = new Builder(newName).sharedoVersion(sharedoVersion);
    b.workTypes.addAll(workTypes);
    b.rawSteps.addAll(rawSteps);
    return b;
  }

  /**
   * Finds a work type.
   *
   * @param systemName its system name
   * @return the work type, or empty
   */
  public Optional<WorkTypeModel> workType(String systemName) {
    return workTypes.stream().filter(w -> w.systemName().equals(systemName)).findFirst();
  }

  /**
   * Finds a raw step by provider and the system name its selector names.
   *
   * @param provider the export provider
   * @param systemName the selected system name
   * @return the step, or empty
   */
  public Optional<RawStepModel> rawStep(String provider, String systemName) {
    return rawSteps.stream().filter(s -> s.provider().equals(provider) && systemName.equals(s.systemName()))
        .findFirst();
  }

  /**
   * Builds an {@link EnvironmentModel}. Adding a work type or raw step that is already present (same
   * system name; same provider and selector) replaces it in place. Not thread-safe; {@link #build()} copies.
   */
  public static final class Builder {
    private final String name;
    private String exportedFrom;
    private String sharedoVersion = DEFAULT_SHAREDO_VERSION;
    private final List<WorkTypeModel> workTypes = new ArrayList<>();
    private final List<RawStepModel> rawSteps = new ArrayList<>();

    private Builder(String name) {
      this.name = Args.notBlank(name, "name");
      this.exportedFrom = name;
    }

    /**
     * Sets the manifest's {@code ExportedFrom} (default: the environment's name).
     *
     * @param value e.g. {@code Acme UAT}
     * @return this builder
     */
    public Builder exportedFrom(String value) {
      this.exportedFrom = Args.notBlank(value, "exportedFrom");
      return this;
    }

    /**
     * Sets the manifest's {@code SharedoVersion} (default {@value #DEFAULT_SHAREDO_VERSION}).
     *
     * @param value e.g. {@code 7.9.1.0}
     * @return this builder
     */
    public Builder sharedoVersion(String value) {
      this.sharedoVersion = Args.notBlank(value, "sharedoVersion");
      return this;
    }

    /**
     * Adds or replaces a work type.
     *
     * @param workType the work type
     * @return this builder
     */
    public Builder workType(WorkTypeModel workType) {
      Args.notNull(workType, "workType");
      for (int i = 0; i < workTypes.size(); i++) {
        if (workTypes.get(i).systemName().equals(workType.systemName())) {
          workTypes.set(i, workType);
          return this;
        }
      }
      workTypes.add(workType);
      return this;
    }

    /**
     * Adds or replaces a work type configured by {@code spec}.
     *
     * @param systemName the work type's system name
     * @param spec sets its fields, phases, roles and the rest
     * @return this builder
     */
    public Builder workType(String systemName, Consumer<WorkTypeModelBuilder> spec) {
      WorkTypeModelBuilder b = WorkTypeModel.builder(systemName);
      Args.notNull(spec, "spec").accept(b);
      return workType(b.build());
    }

    /**
     * Adds or replaces a raw step of any provider.
     *
     * @param step the step
     * @return this builder
     */
    public Builder rawStep(RawStepModel step) {
      Args.notNull(step, "step");
      for (int i = 0; i < rawSteps.size(); i++) {
        RawStepModel s = rawSteps.get(i);
        if (s.provider().equals(step.provider()) && s.selectorJson().equals(step.selectorJson())) {
          rawSteps.set(i, step);
          return this;
        }
      }
      rawSteps.add(step);
      return this;
    }

    /**
     * Removes the work type with this system name, if any.
     *
     * @param systemName the work type's system name
     * @return this builder
     */
    public Builder removeWorkType(String systemName) {
      workTypes.removeIf(w -> w.systemName().equals(systemName));
      return this;
    }

    /**
     * Builds the environment.
     *
     * @return an immutable model
     */
    public EnvironmentModel build() {
      return new EnvironmentModel(name, exportedFrom, sharedoVersion, workTypes, rawSteps);
    }
  }
}
