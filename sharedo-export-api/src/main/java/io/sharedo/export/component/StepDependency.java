package io.sharedo.export.component;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Something a manifest step depends on ({@code ExportedSteps[i].Dependencies.Mandatory[j]} or
 * {@code .Recommended[j]}): another item of a provider, named by a selector. Real exports list
 * dependencies without including them, so {@link #included()} is usually false.
 *
 * @param kind mandatory or recommended
 * @param provider the provider of the item depended on ({@code Dependency.SystemName}), for
 *     example {@code "global-feature"}
 * @param selector the item's selector ({@code Dependency.Selector}), for example
 *     {@code {"SystemName": "Core.Case"}}; empty when the package gives none
 * @param reason why it is needed ({@code Dependency.Reason}), or null
 * @param description what it is ({@code Dependency.Description}), or null
 * @param packageStepId the {@code Id} of the step of this package that satisfies it
 *     ({@code PackageStepId}), or null when the package does not include it
 * @param included whether {@code packageStepId} names a step of this package
 */
public record StepDependency(
    DependencyKind kind,
    String provider,
    Map<String, Object> selector,
    @Nullable String reason,
    @Nullable String description,
    @Nullable String packageStepId,
    boolean included) {

  /**
   * Creates the record, checking every argument.
   *
   * @param kind mandatory or recommended
   * @param provider the provider of the item depended on
   * @param selector the item's selector; empty when the package gives none
   * @param reason why it is needed, or null
   * @param description what it is, or null
   * @param packageStepId the Id of the step of this package that satisfies it, or null
   * @param included whether {@code packageStepId} names a step of this package
   * @throws IllegalArgumentException naming the argument when one is invalid, or when
   *     {@code included} is true without a {@code packageStepId}
   */
  public StepDependency {
    Values.notNull(kind, "kind");
    Values.notBlank(provider, "provider");
    selector = Values.json(selector, "selector");
    if (included && packageStepId == null) {
      throw new IllegalArgumentException("included needs a packageStepId");
    }
  }

  /**
   * The selector's system name, under any key case ({@code SystemName}, {@code systemName}).
   *
   * @return the system name, or null when the selector names the item another way (by
   *     {@code Id}, or by {@code SharedoTypeSystemName} and {@code Title})
   */
  public @Nullable String selectorSystemName() {
    return Values.selectorSystemName(selector);
  }

  /**
   * The selector as canonical JSON: keys sorted, no spaces, so that two selectors equal as JSON
   * give the same text.
   *
   * @return for example {@code {"PortalContextPath":null,"SharedoTypeSystemName":"matter","Title":"Matter"}}
   */
  public String canonicalSelector() {
    return Values.canonicalJson(selector);
  }

  /**
   * The item's identity within its provider: the selector's system name, else the selector as
   * canonical JSON (keys sorted, no spaces).
   *
   * @return the identity, never blank
   */
  public String identity() {
    String systemName = selectorSystemName();
    return systemName != null ? systemName : canonicalSelector();
  }
}
