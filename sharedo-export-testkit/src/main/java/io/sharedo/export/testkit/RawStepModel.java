package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import io.sharedo.export.testkit.internal.JsonText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A step of any provider the testkit does not model (e.g. {@code global-feature}, {@code option-set},
 * {@code portal}), held as raw JSON and exported as is. A request item selects it when its provider
 * matches and its selector names the same system name (any key case), or, for selectors without a
 * system name, is the same JSON object. Immutable and thread-safe.
 *
 * <!-- snippet: examples/src/test/java/io/sharedo/export/examples/snippets/TestkitSnippets.java#RawStepModel -->
 * <pre>{@code
 * RawStepModel.of("global-feature", "Core.Case", "The 'Core.Case' global feature",
 *     "{\"SystemName\":\"Core.Case\",\"IsEnabled\":true}")
 * }</pre>
 *
 * @param provider the export provider, e.g. {@code global-feature}
 * @param selectorJson the selector as a JSON object in camelCase, e.g. {@code {"systemName":"Core.Case"}}
 *     or {@code {"id":"3b1f..."}}; written to the manifest's {@code ExportProviderSelectorJson}
 * @param description the step's {@code Description}
 * @param contentJson the step file's content, a JSON object (PascalCase, as real step files are)
 * @param dependencies what the step needs, listed in its manifest entry
 */
public record RawStepModel(
    String provider, String selectorJson, String description, String contentJson, List<DependencyModel> dependencies) {

  /** Checks the arguments: selector and content must be JSON objects. */
  public RawStepModel {
    Args.notBlank(provider, "provider");
    if (!provider.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("provider must be letters, digits, '.', '_' or '-': " + provider);
    }
    JsonText.requireObject(selectorJson, "selectorJson");
    Args.notNull(description, "description");
    JsonText.requireObject(contentJson, "contentJson");
    dependencies = Args.copy(dependencies, "dependencies");
  }

  /**
   * A raw step selected by system name ({@code {"systemName": ...}}), without dependencies.
   *
   * @param provider the export provider
   * @param systemName the selected system name
   * @param description the step's description
   * @param contentJson the step file's content, a JSON object
   * @return the step
   */
  public static RawStepModel of(String provider, String systemName, String description, String contentJson) {
    return new RawStepModel(provider, JsonText.systemNameSelector(systemName, "systemName"), description,
        contentJson, List.of());
  }

  /**
   * The system name its selector names ({@code systemName} in any key case), or null when it names none.
   *
   * @return the system name, or null
   */
  public @Nullable String systemName() {
    return JsonText.selectorSystemName(selectorJson);
  }
}
