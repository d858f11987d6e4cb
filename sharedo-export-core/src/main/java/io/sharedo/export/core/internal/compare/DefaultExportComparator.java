package io.sharedo.export.core.internal.compare;

import io.sharedo.export.component.ChangeKind;
import io.sharedo.export.component.CompareOptions;
import io.sharedo.export.component.ComparisonResult;
import io.sharedo.export.component.Component;
import io.sharedo.export.component.ComponentComparison;
import io.sharedo.export.component.ComponentKey;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.component.FieldDifference;
import io.sharedo.export.core.compare.ExportComparator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares two packages component by component, and their manifests (the steps and their
 * dependencies) through {@link ManifestView}: each side is indexed by
 * {@link ComponentKey} once, so the work is linear in the number of components plus a sort of the
 * keys. Immutable and thread-safe.
 */
public final class DefaultExportComparator implements ExportComparator {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultExportComparator.class);

  private final JsonDiff diff;

  /**
   * Creates a comparator.
   *
   * @param options which fields to ignore
   * @throws IllegalArgumentException when options is null
   */
  public DefaultExportComparator(CompareOptions options) {
    if (options == null) {
      throw new IllegalArgumentException("options cannot be null");
    }
    this.diff = new JsonDiff(options.ignoredFields(), options.ignoreGuidIds());
  }

  @Override
  public ComparisonResult compare(String leftLabel, ExportPackage left, String rightLabel, ExportPackage right) {
    requireLabel(leftLabel, "leftLabel");
    requireNotNull(left, "left");
    requireLabel(rightLabel, "rightLabel");
    requireNotNull(right, "right");
    Map<ComponentKey, Component> leftIndex = index(left, leftLabel);
    Map<ComponentKey, Component> rightIndex = index(right, rightLabel);

    List<ComponentKey> keys = new ArrayList<>(leftIndex.size() + rightIndex.size());
    keys.addAll(leftIndex.keySet());
    for (ComponentKey key : rightIndex.keySet()) {
      if (!leftIndex.containsKey(key)) {
        keys.add(key);
      }
    }
    keys.sort(Comparator.naturalOrder());

    List<ComponentComparison> comparisons = new ArrayList<>(keys.size());
    for (ComponentKey key : keys) {
      comparisons.add(compare(key, leftIndex.get(key), rightIndex.get(key)));
    }
    List<FieldDifference> manifestDifferences = diff.diff(ManifestView.of(left.manifest()),
        ManifestView.of(right.manifest()), ManifestView.IDENTITY);
    return new ComparisonResult(leftLabel, rightLabel, comparisons, manifestDifferences);
  }

  private ComponentComparison compare(ComponentKey key, @Nullable Component left, @Nullable Component right) {
    if (left == null) {
      return new ComponentComparison(key, ChangeKind.ADDED, List.of());
    }
    if (right == null) {
      return new ComponentComparison(key, ChangeKind.REMOVED, List.of());
    }
    List<FieldDifference> differences = diff.diff(left.properties(), right.properties(), key.identity());
    return new ComponentComparison(key, differences.isEmpty() ? ChangeKind.UNCHANGED : ChangeKind.CHANGED, differences);
  }

  /** Indexes a package by key; a key that repeats keeps its first component (a package should not repeat one). */
  private static Map<ComponentKey, Component> index(ExportPackage pkg, String label) {
    List<Component> components = pkg.allComponents();
    Map<ComponentKey, Component> index = new HashMap<>(Math.max(16, components.size() * 2));
    for (Component component : components) {
      if (index.putIfAbsent(component.key(), component) != null) {
        LOG.debug("{} holds {} more than once; comparing the first", label, component.key());
      }
    }
    return index;
  }

  private static void requireLabel(String label, String name) {
    requireNotNull(label, name);
    if (label.isBlank()) {
      throw new IllegalArgumentException(name + " cannot be blank");
    }
  }

  private static void requireNotNull(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " cannot be null");
    }
  }
}
