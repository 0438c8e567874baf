package org.cellpath.course.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.cellpath.platform.web.InvalidInputException;
import org.cellpath.platform.web.InvalidInputException.FieldProblem;

/**
 * Reads and writes unit documents: one unit as JSON, many as a zip whose {@code *.json} entries
 * are one unit each. Reading never throws anything but {@link InvalidInputException}, whose
 * problems name the JSON pointer (for a zip: {@code <entry name>#<pointer>}).
 */
public final class UnitFormat {

	/** A zip may hold this many units. */
	public static final int MAX_ZIP_ENTRIES = 200;

	/** One entry of a zip may be this large when unpacked. */
	public static final int MAX_ENTRY_BYTES = 8 * 1024 * 1024;

	/** All entries of a zip together may be this large when unpacked. */
	public static final long MAX_ZIP_BYTES = 64L * 1024 * 1024;

	private static final JsonMapper MAPPER = JsonMapper.builder()
		// Two values for one field would make the document mean two things.
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private UnitFormat() {
	}

	/** The mapper that reads and writes the format. */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	/** Parses JSON text into a tree; unreadable JSON is one problem at the document's root. */
	public static JsonNode parse(byte[] json) {
		return parse(json, "");
	}

	static JsonNode parse(byte[] json, String prefix) {
		try {
			JsonNode node = MAPPER.readTree(json);
			if (node == null || node.isMissingNode()) {
				throw unreadable(prefix, "is empty");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw unreadable(prefix, "is not readable JSON: " + ex.getOriginalMessage());
		}
	}

	private static InvalidInputException unreadable(String prefix, String message) {
		return new InvalidInputException(List.of(new FieldProblem(prefix, "unit.problem.json", message)));
	}

	/**
	 * Turns a valid document into its record. Call it only on a tree that {@link UnitValidator}
	 * found no problem with.
	 */
	public static UnitDocument toDocument(JsonNode valid) {
		return MAPPER.treeToValue(valid, UnitDocument.class);
	}

	/** The document as a tree, e.g. to validate a document built in code. */
	public static JsonNode toTree(UnitDocument document) {
		return MAPPER.valueToTree(document);
	}

	/** The document as JSON text (UTF-8, indented). */
	public static byte[] write(UnitDocument document) {
		return MAPPER.writeValueAsBytes(document);
	}

	/** The document as a JSON string. */
	public static String writeString(UnitDocument document) {
		return new String(write(document), StandardCharsets.UTF_8);
	}

	/** Reads a stored document, which was valid when stored. */
	public static UnitDocument read(String storedJson) {
		return MAPPER.readValue(storedJson, UnitDocument.class);
	}

	/**
	 * The units of a zip, by entry name, in the zip's order; entries not ending in {@code .json}
	 * (folders, read-me files) are skipped.
	 * @throws InvalidInputException when the zip cannot be read or any entry is not readable JSON
	 * (all such entries are reported together)
	 */
	public static Map<String, JsonNode> parseZip(byte[] zip) {
		ZipContents contents = readZip(zip);
		if (!contents.unreadable().isEmpty()) {
			throw new InvalidInputException(contents.unreadable());
		}
		return contents.units();
	}

	/**
	 * The units of a zip with the problems of the entries that are not readable JSON, so that a
	 * caller can report them together with the problems of the readable ones.
	 * @throws InvalidInputException when the zip itself cannot be read, is too large or holds no unit
	 */
	public static ZipContents readZip(byte[] zip) {
		Map<String, JsonNode> units = new LinkedHashMap<>();
		List<FieldProblem> problems = new ArrayList<>();
		long total = 0;
		int entriesRead = 0;
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			boolean any = false;
			while ((entry = entries.getNextEntry()) != null) {
				any = true;
				if (entry.isDirectory() || !entry.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
					continue;
				}
				if (++entriesRead > MAX_ZIP_ENTRIES) {
					throw new InvalidInputException(List.of(new FieldProblem("", "unit.problem.zip",
							"holds more than " + MAX_ZIP_ENTRIES + " units")));
				}
				byte[] bytes = readBounded(entries, entry.getName());
				total += bytes.length;
				if (total > MAX_ZIP_BYTES) {
					throw new InvalidInputException(List.of(new FieldProblem("", "unit.problem.zip",
							"unpacks to more than " + (MAX_ZIP_BYTES >> 20) + " MiB")));
				}
				if (units.containsKey(entry.getName())) {
					problems.add(new FieldProblem(entry.getName() + "#", "unit.problem.zip", "is in the zip twice"));
					continue;
				}
				try {
					units.put(entry.getName(), parse(bytes, entry.getName() + "#"));
				}
				catch (InvalidInputException unreadable) {
					problems.addAll(unreadable.problems());
				}
			}
			if (!any) {
				throw new InvalidInputException(List.of(new FieldProblem("", "unit.problem.zip", "is not a zip file")));
			}
		}
		catch (ZipException | IllegalArgumentException ex) {
			throw new InvalidInputException(List.of(new FieldProblem("", "unit.problem.zip",
					"is not a readable zip file: " + ex.getMessage())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (entriesRead == 0) {
			throw new InvalidInputException(List.of(new FieldProblem("", "unit.problem.zip",
					"holds no unit (no entry ending in .json)")));
		}
		return new ZipContents(units, problems);
	}

	/**
	 * What a zip holds.
	 *
	 * @param units the readable units by entry name, in the zip's order
	 * @param unreadable a problem for each entry that is not readable JSON ({@code <entry name>#})
	 */
	public record ZipContents(Map<String, JsonNode> units, List<FieldProblem> unreadable) {
	}

	private static byte[] readBounded(InputStream in, String name) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;
		while ((read = in.read(buffer)) != -1) {
			out.write(buffer, 0, read);
			if (out.size() > MAX_ENTRY_BYTES) {
				throw new InvalidInputException(List.of(new FieldProblem(name + "#", "unit.problem.zip",
						"unpacks to more than " + (MAX_ENTRY_BYTES >> 20) + " MiB")));
			}
		}
		return out.toByteArray();
	}

	/** A zip with one {@code <name>.json} entry per document, in the given order. */
	public static byte[] writeZip(Map<String, UnitDocument> documentsByName) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, UnitDocument> document : documentsByName.entrySet()) {
				zip.putNextEntry(new ZipEntry(document.getKey() + ".json"));
				zip.write(write(document.getValue()));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
