package io.sharedo.export.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Opens package bytes with java.util.zip for the tests. */
final class Packages {
  private Packages() {}

  record Opened(JsonNode manifest, Map<String, byte[]> entries) {
    JsonNode json(String name) {
      byte[] bytes = entries.get(name);
      if (bytes == null) {
        throw new AssertionError("no entry " + name + " in " + entries.keySet());
      }
      return Wire.json(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  static Opened open(byte[] zip) throws IOException {
    Map<String, byte[]> entries = entries(zip);
    byte[] manifest = entries.get("manifest.json");
    return new Opened(manifest == null ? null : Wire.json(new String(manifest,
        java.nio.charset.StandardCharsets.UTF_8)), entries);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
