package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readable copy of a package as real ShareDo writes it: CRLF, a byte-order mark, GUIDs in file names. */
class ReadablePackageTest {
  private static final String MATTER_ID = "3b1f2c9e-0d4a-4e57-9a61-5c2e8f7d1a04";
  private static final String PORTAL_ID = "9c7e41d2-6b3a-4f08-8e15-2d94a0b7c6e3";

  @TempDir
  Path dir;

  @Test
  void namesStepsBySelectorNotByGuidAndRewritesCrlfAsLf() throws Exception {
    Path zip = realFormatPackage();

    ReadablePackage.Written written = ReadablePackage.write(zip, dir.resolve("readable"), "worktype-matter-uat");

    Path folder = dir.resolve("readable").resolve("worktype-matter-uat");
    assertThat(written.folder()).isEqualTo(folder);
    assertThat(written.files()).isEqualTo(3);
    String matter = Files.readString(folder.resolve("sharedo-type/matter.json"));
    assertThat(matter).isEqualTo("{\n  \"BaseSharedo\": {\n    \"SystemName\": \"matter\"\n  }\n}\n");
    // A selector without a system name: its text values name the file.
    assertThat(folder.resolve("portal/matter-Matter_portal.json")).isRegularFile();
    assertThat(Files.readString(folder.resolve("manifest.json"))).doesNotContain("\r\n").startsWith("{\n  \"Name\"");
    try (var files = Files.walk(dir.resolve("readable"))) {
      assertThat(files.map(Path::toString)).noneMatch(p -> p.contains(MATTER_ID) || p.contains(PORTAL_ID))
          .noneMatch(p -> p.contains("/.worktype-matter-uat"));
    }
  }

  private Path realFormatPackage() throws Exception {
    String manifest = "\uFEFF{\r\n  \"Name\": \"VeryBasic\",\r\n  \"CreatedOn\": \"2026-11-28T10:15:02.1234567Z\",\r\n"
        + "  \"Files\": [],\r\n  \"ExportedSteps\": [\r\n"
        + step(MATTER_ID, "sharedo-type", "{\\r\\n  \\\"systemName\\\": \\\"matter\\\"\\r\\n}",
            "sharedo-type-matter-" + MATTER_ID + ".json") + ",\r\n"
        + step(PORTAL_ID, "portal",
            "{\\\"SharedoTypeSystemName\\\": \\\"matter\\\", \\\"PortalContextPath\\\": null, \\\"Title\\\": \\\"Matter portal\\\"}",
            "portal-" + PORTAL_ID + ".json")
        + "\r\n  ]\r\n}\r\n";
    Path zip = dir.resolve("package.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("data/"));
      out.putNextEntry(new ZipEntry("files/"));
      entry(out, "manifest.json", manifest);
      entry(out, "data/sharedo-type-matter-" + MATTER_ID + ".json",
          "{\r\n  \"BaseSharedo\": {\"SystemName\": \"matter\"}\r\n}\r\n");
      entry(out, "data/portal-" + PORTAL_ID + ".json", "{\r\n  \"Title\": \"Matter portal\"\r\n}\r\n");
    }
    return zip;
  }

  private static String step(String id, String provider, String selectorJson, String file) {
    return "    {\"Id\": \"" + id + "\", \"Description\": \"a step\", \"ExportProviderSystemName\": \"" + provider
        + "\", \"ExportProviderSelectorJson\": \"" + selectorJson + "\", \"StorageFilename\": \"" + file
        + "\", \"Dependencies\": {\"Recommended\": [], \"Mandatory\": []}}";
  }

  private static void entry(ZipOutputStream out, String name, String text) throws Exception {
    out.putNextEntry(new ZipEntry(name));
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }
}
