package io.sharedo.export.core.compare;

import io.sharedo.export.component.Component;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.component.PackageManifest;
import io.sharedo.export.component.RawComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small export packages and JSON values for comparison tests. */
final class Packages {
  private Packages() {}

  static ExportPackage of(Component... components) {
    return of(List.of(components));
  }

  static ExportPackage of(List<? extends Component> components) {
    PackageManifest manifest = new PackageManifest(null, null, null, null, null, List.of(), List.of());
    return new ExportPackage(manifest, List.of(), components.stream().map(c -> (RawComponent) c).toList());
  }

  static RawComponent component(String provider, String identity, Map<String, ?> properties) {
    return new RawComponent(provider, identity, identity, new LinkedHashMap<>(properties));
  }

  static RawComponent workType(String systemName, Map<String, ?> properties) {
    return component("sharedo-type", systemName, properties);
  }

  /** An order-keeping map from alternating keys and values (Map.of has no order, and no nulls). */
  static Map<String, Object> json(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
