package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import io.sharedo.export.testkit.internal.JsonText;

/**
 * Something a step needs, listed in the manifest under the step's {@code Dependencies.Mandatory} or
 * {@code Dependencies.Recommended} as
 * {@code {"PackageStepId", "Dependency": {"SystemName","Reason","Description","Selector","AdditionalData"}}}.
 * {@code PackageStepId} is filled in by the server: the id of the step in the same package that
 * satisfies it, or null (as in most real exports, which list dependencies without including them).
 *
 * <p>A {@link WorkTypeModel} lists many dependencies by itself (itself, its parent, its participant roles,
 * its permissions, its global features); add others with
 * {@link WorkTypeModelBuilder#dependency(DependencyModel)} or give them to a {@link RawStepModel}.
 * Immutable and thread-safe.
 *
 * @param provider the export provider that would export it, e.g. {@code option-set}
 * @param selectorJson the {@code Selector} as a JSON object, e.g. {@code {"SystemName":"matter-status"}}
 * @param reason why it is needed
 * @param description what it is, e.g. {@code The 'matter-status' option set}
 * @param mandatory true for {@code Mandatory}, false for {@code Recommended}
 */
public record DependencyModel(
    String provider, String selectorJson, String reason, String description, boolean mandatory) {

  /** Checks the arguments; the selector must be a JSON object. */
  public DependencyModel {
    Args.notBlank(provider, "provider");
    JsonText.requireObject(selectorJson, "selectorJson");
    Args.notNull(reason, "reason");
    Args.notNull(description, "description");
  }

  /**
   * A mandatory dependency selected by system name.
   *
   * @param provider the export provider
   * @param systemName the selected system name
   * @param reason why it is needed
   * @return the dependency
   */
  public static DependencyModel mandatory(String provider, String systemName, String reason) {
    return new DependencyModel(provider, JsonText.systemNameSelector(systemName, "SystemName"), reason,
        describe(provider, systemName), true);
  }

  /**
   * A recommended dependency selected by system name.
   *
   * @param provider the export provider
   * @param systemName the selected system name
   * @param reason why it is recommended
   * @return the dependency
   */
  public static DependencyModel recommended(String provider, String systemName, String reason) {
    return new DependencyModel(provider, JsonText.systemNameSelector(systemName, "SystemName"), reason,
        describe(provider, systemName), false);
  }

  private static String describe(String provider, String systemName) {
    return "The '" + Args.notBlank(systemName, "systemName") + "' " + Args.notBlank(provider, "provider")
        .replace('-', ' ');
  }
}
