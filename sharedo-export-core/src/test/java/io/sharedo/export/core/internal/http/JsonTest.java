package io.sharedo.export.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The streaming reader and writer give the trees and texts an ObjectMapper would. */
class JsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void readsTheSameTreeAsAnObjectMapper() throws IOException {
    String text = "{\"exportJobId\":\"7a58\",\"n\":[1,-2,3000000000,123456789012345678901234567890,1.5,-0.25e3],"
        + "\"ok\":true,\"no\":false,\"none\":null,\"nested\":{\"a\":[{},[]],\"\\u00e9\":\"caf\\u00e9\\n\"}}";

    assertThat(Json.parse(text)).isEqualTo(MAPPER.readTree(text));
  }

  @Test
  void aLaterDuplicateKeyWinsAsInReadTree() throws IOException {
    assertThat(Json.parse("{\"state\":\"RUNNING\",\"state\":\"FAILED\"}").get("state").asText()).isEqualTo("FAILED");
  }

  @Test
  void anEmptyTextIsAMissingNode() throws IOException {
    assertThat(Json.parse("  ").isMissingNode()).isTrue();
    assertThat(Json.text(Json.parse(""), "access_token")).isNull();
  }

  @Test
  void malformedJsonIsAnIoException() {
    assertThatThrownBy(() -> Json.parse("{\"a\":")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> Json.parse("<html>")).isInstanceOf(IOException.class);
  }

  @Test
  void nestingBeyondTheDepthLimitIsRefusedNotAStackOverflow() throws IOException {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String allowed = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);

    assertThatThrownBy(() -> Json.parse(deep)).isInstanceOf(IOException.class).hasMessageContaining("depth");
    assertThat(Json.parse(allowed).isArray()).isTrue();
  }

  @Test
  void writesEveryKindOfNumberAsAnObjectMapperDoes() throws IOException {
    ObjectNode numbers = Json.object();
    numbers.put("int", 7).put("long", 3_000_000_000L)
        .put("big", new BigInteger("123456789012345678901234567890"))
        .put("float", 0.1f).put("double", -0.0).put("decimal", new BigDecimal("1.50")).put("nan", Double.NaN);

    assertThat(Json.write(numbers)).isEqualTo(MAPPER.writeValueAsString(numbers));
  }

  @Test
  void writesWhatAnObjectMapperReadsBackEqual() throws IOException {
    ObjectNode body = Json.object();
    body.put("exportConfigName", "Very \"Basic\"");
    body.putArray("items").addObject().putObject("selector").put("systemName", "matter");
    body.put("includeDependencies", false);
    body.put("size", 3_000_000_000L);
    body.put("ratio", 0.5);
    body.putNull("none");

    assertThat(MAPPER.readTree(Json.write(body))).isEqualTo(body);
    assertThat(MAPPER.readTree(Json.writePretty(body))).isEqualTo(body);
    assertThat(Json.write(body)).doesNotContain("\n");
    assertThat(Json.writePretty(body)).contains("\n");
  }

  @Test
  void writingAndReadingBackKeepsTheTree() throws IOException {
    JsonNode tree = Json.parse("{\"a\":[1,2.5,\"x\",null,true,{\"b\":{}}]}");

    assertThat(Json.parse(Json.write(tree))).isEqualTo(tree);
  }
}
