package io.sharedo.export.core.internal.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The identity of each element of a JSON list, which matches elements of two lists whatever their
 * order and becomes the element's segment in a JSON Pointer:
 * <ol>
 *   <li>an object's {@code SystemName} (or {@code systemName});</li>
 *   <li>else the values of its {@code ...SystemName} fields taken together, in field-name order,
 *       nulls left out, joined by {@code ,} (a role: {@code reviewer}; a role permission:
 *       {@code reviewer,core.read,matter-open}), leaving out a field that names the component itself
 *       (a role's {@code SharedoTypeSystemName});</li>
 *   <li>else its content as canonical JSON, volatile fields left out (a string is itself).</li>
 * </ol>
 * An identity repeated within one list gets {@code #2}, {@code #3}, ... on its later occurrences.
 * Thread-safe: no mutable state.
 */
final class ElementIdentities {
  private static final String SYSTEM_NAME = "SystemName";
  private static final String SYSTEM_NAME_SUFFIX = "systemname";

  private final VolatileFields volatileFields;

  ElementIdentities(VolatileFields volatileFields) {
    this.volatileFields = volatileFields;
  }

  /**
   * The identities of a list's elements, by identity, in list order.
   *
   * @param list the list
   * @param owner the identity of the component the list belongs to
   * @return identity to element, in list order
   */
  Map<String, Object> of(List<?> list, String owner) {
    Map<String, Object> byIdentity = new LinkedHashMap<>(Math.max(16, list.size() * 2));
    Map<String, Integer> repeats = new HashMap<>();
    for (Object element : list) {
      String identity = identity(element, owner);
      if (byIdentity.containsKey(identity)) {
        int n = repeats.merge(identity, 1, Integer::sum) + 1;
        identity = identity + "#" + n;
      }
      byIdentity.put(identity, element);
    }
    return byIdentity;
  }

  private String identity(Object element, String owner) {
    if (element instanceof String text) {
      return text;
    }
    if (!(element instanceof Map<?, ?> object)) {
      return CompactJson.write(element);
    }
    Object systemName = object.containsKey(SYSTEM_NAME) ? object.get(SYSTEM_NAME) : object.get("systemName");
    if (systemName instanceof String name && !name.isBlank()) {
      return name;
    }
    // The ...SystemName fields in field-name order; there are one to four, so a small sorted list.
    List<Map.Entry<?, ?>> references = null;
    for (Map.Entry<?, ?> field : object.entrySet()) {
      String name = String.valueOf(field.getKey());
      Object value = field.getValue();
      if (value instanceof String text && isReference(name) && !owner.equals(text)) {
        if (references == null) {
          references = new ArrayList<>(4);
        }
        references.add(field);
      }
    }
    if (references != null) {
      references.sort((a, b) -> String.valueOf(a.getKey()).compareTo(String.valueOf(b.getKey())));
      StringBuilder identity = new StringBuilder();
      for (Map.Entry<?, ?> reference : references) {
        identity.append(identity.length() == 0 ? "" : ",").append((String) reference.getValue());
      }
      return identity.toString();
    }
    return CompactJson.canonical(withoutVolatile(element));
  }

  /** Whether a field name ends in {@code SystemName}, in any case, without allocating. */
  private static boolean isReference(String name) {
    int length = SYSTEM_NAME_SUFFIX.length();
    return name.length() >= length
        && name.regionMatches(true, name.length() - length, SYSTEM_NAME_SUFFIX, 0, length);
  }

  private Object withoutVolatile(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> kept = new TreeMap<>();
      map.forEach((k, v) -> {
        String name = String.valueOf(k);
        if (!volatileFields.ignoredInContent(name, v)) {
          kept.put(name, withoutVolatile(v));
        }
      });
      return kept;
    }
    if (value instanceof List<?> list) {
      List<Object> kept = new ArrayList<>(list.size());
      list.forEach(v -> kept.add(withoutVolatile(v)));
      return kept;
    }
    return value;
  }
}
