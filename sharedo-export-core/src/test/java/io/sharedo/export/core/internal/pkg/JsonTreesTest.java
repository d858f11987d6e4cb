package io.sharedo.export.core.internal.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTreesTest {

  private static Object plain(String json) throws IOException {
    return JsonTrees.toPlain(JsonTrees.parse(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void turnsTreesIntoPlainJavaValuesKeepingOrderAndNulls() throws IOException {
    Object value = plain("{\"z\": 1, \"a\": [true, null, 2.5, \"s\", 12345678901234567890], \"m\": {}}");

    assertThat(value).isInstanceOf(Map.class);
    Map<?, ?> map = (Map<?, ?>) value;
    assertThat(map.keySet().toArray()).containsExactly("z", "a", "m");
    assertThat(map.get("z")).isEqualTo(1);
    assertThat(map.get("a")).isEqualTo(Arrays.asList(true, null, 2.5, "s", new BigInteger("12345678901234567890")));
    assertThat(map.get("m")).isEqualTo(Map.of());
  }

  @Test
  void refusesDuplicateKeysAndTrailingContent() {
    assertThatThrownBy(() -> plain("{\"a\": 1, \"a\": 2}")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> plain("{} {}")).isInstanceOf(IOException.class);
  }

  @Test
  void describesAFailureWithoutTheSourceExcerpt() {
    IOException e = org.assertj.core.api.Assertions.catchThrowableOfType(IOException.class, () -> plain("{\"a\": }"));

    assertThat(JsonTrees.describe(e)).doesNotContain("Source:").isNotBlank();
  }
}
