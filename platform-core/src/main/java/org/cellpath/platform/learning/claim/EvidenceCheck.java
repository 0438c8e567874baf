package org.cellpath.platform.learning.claim;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.cellpath.platform.learning.claim.RefusedInput.Problems;

/**
 * Checks the evidence a learner offers: links, a referee and files. A file counts as the type its
 * first bytes show (PDF, PNG, JPEG or WebP), whatever it is called or declared as, and its name
 * must agree with that type; anything else is refused.
 */
final class EvidenceCheck {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()\\-]{5,29}$");

	private static final int MAX_LINK_LENGTH = 2000;

	private EvidenceCheck() {
	}

	/** The kinds of file accepted, with the names they may carry. */
	enum FileKind {

		PDF("application/pdf", Set.of("pdf")), PNG("image/png", Set.of("png")),
		JPEG("image/jpeg", Set.of("jpg", "jpeg")), WEBP("image/webp", Set.of("webp"));

		final String mediaType;

		final Set<String> extensions;

		FileKind(String mediaType, Set<String> extensions) {
			this.mediaType = mediaType;
			this.extensions = extensions;
		}

		/** The kind the content's first bytes show, or null when it is none of the accepted ones. */
		static FileKind of(byte[] content) {
			if (startsWith(content, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
				return PDF;
			}
			if (startsWith(content, 0, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' })) {
				return PNG;
			}
			if (startsWith(content, 0, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
				return JPEG;
			}
			if (startsWith(content, 0, "RIFF".getBytes(StandardCharsets.US_ASCII))
					&& startsWith(content, 8, "WEBP".getBytes(StandardCharsets.US_ASCII))) {
				return WEBP;
			}
			return null;
		}

		private static boolean startsWith(byte[] content, int offset, byte[] magic) {
			if (content.length < offset + magic.length) {
				return false;
			}
			for (int i = 0; i < magic.length; i++) {
				if (content[offset + i] != magic[i]) {
					return false;
				}
			}
			return true;
		}

	}

	/** A file that passed the checks. */
	record CheckedFile(String fileName, String mediaType, byte[] content, String sha256) {
	}

	/** A referee that passed the checks. */
	record CheckedReference(String name, String organisation, String contact, String confirms) {
	}

	static List<String> links(List<String> values, int alreadyThere, ClaimSettings settings, Problems problems) {
		List<String> links = new ArrayList<>();
		for (String value : values) {
			value.lines().map(String::trim).filter((line) -> !line.isEmpty()).forEach(links::add);
		}
		List<String> checked = new ArrayList<>();
		for (String link : links) {
			if (!isWebAddress(link)) {
				problems.add("links", "claims.link.invalid",
						"'" + abbreviated(link) + "' is not a web address starting with http:// or https://",
						abbreviated(link));
			}
			else if (!checked.contains(link)) {
				checked.add(link);
			}
		}
		if (alreadyThere + checked.size() > settings.maxLinks()) {
			problems.add("links", "claims.link.tooMany", "a claim holds at most " + settings.maxLinks() + " links",
					settings.maxLinks());
		}
		return checked;
	}

	private static boolean isWebAddress(String link) {
		if (link.length() > MAX_LINK_LENGTH) {
			return false;
		}
		try {
			URI uri = new URI(link);
			return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	static CheckedReference reference(ReferenceInput input, Problems problems) {
		if (input.isEmpty()) {
			return null;
		}
		int before = problemCount(problems);
		required(input.name(), 120, "refereeName", "the referee's name", problems);
		required(input.organisation(), 160, "refereeOrganisation", "the referee's organisation", problems);
		required(input.confirms(), 2000, "refereeConfirms", "what the referee confirms", problems);
		if (input.contact().isEmpty()) {
			problems.add("refereeContact", "claims.referee.contact.required",
					"an email address or phone number of the referee is required");
		}
		else if (input.contact().length() > 254
				|| !(EMAIL.matcher(input.contact()).matches() || PHONE.matcher(input.contact()).matches())) {
			problems.add("refereeContact", "claims.referee.contact.invalid",
					"the referee's contact must be an email address or a phone number");
		}
		return (problemCount(problems) == before)
				? new CheckedReference(input.name(), input.organisation(), input.contact(), input.confirms()) : null;
	}

	private static void required(String value, int max, String field, String what, Problems problems) {
		if (value.isEmpty()) {
			problems.add(field, "claims." + field + ".required", what + " is required when you give a reference");
		}
		else if (value.length() > max) {
			problems.add(field, "claims.tooLong", what + " is longer than " + max + " characters", max);
		}
	}

	static List<CheckedFile> files(List<EvidenceUpload> uploads, int alreadyThere, ClaimSettings settings,
			Problems problems) {
		List<CheckedFile> checked = new ArrayList<>();
		if (alreadyThere + uploads.size() > settings.maxFiles()) {
			problems.add("files", "claims.file.tooMany", "a claim holds at most " + settings.maxFiles() + " files",
					settings.maxFiles());
			return checked;
		}
		long limit = settings.maxFileSize().toBytes();
		for (EvidenceUpload upload : uploads) {
			String name = fileName(upload.fileName());
			if (upload.size() > limit) {
				problems.add("files", "claims.file.tooLarge",
						"the file '" + name + "' is larger than " + settings.maxFileMegabytes() + " MiB", name,
						settings.maxFileMegabytes());
				continue;
			}
			byte[] content;
			try (InputStream in = upload.content().getInputStream()) {
				// Read one byte past the limit: an announced size is not to be trusted.
				content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			}
			catch (IOException ex) {
				problems.add("files", "claims.file.unreadable", "the file '" + name + "' could not be read", name);
				continue;
			}
			if (content.length > limit) {
				problems.add("files", "claims.file.tooLarge",
						"the file '" + name + "' is larger than " + settings.maxFileMegabytes() + " MiB", name,
						settings.maxFileMegabytes());
				continue;
			}
			if (content.length == 0) {
				problems.add("files", "claims.file.empty", "the file '" + name + "' is empty", name);
				continue;
			}
			FileKind kind = FileKind.of(content);
			if (kind == null) {
				problems.add("files", "claims.file.type",
						"the file '" + name + "' is not a PDF, PNG, JPEG or WebP file (judged by its content)", name);
				continue;
			}
			if (!kind.extensions.contains(extension(name))) {
				problems.add("files", "claims.file.extension", "the file '" + name + "' is named like another type than"
						+ " its content, which is " + kind.mediaType, name, kind.mediaType);
				continue;
			}
			checked.add(new CheckedFile(name, kind.mediaType, content, sha256(content)));
		}
		return checked;
	}

	/** The name without any folder, control or quoting characters, at most 200 characters. */
	static String fileName(String offered) {
		String name = (offered != null) ? offered : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"<>|*?:]", "_").trim();
		if (name.isEmpty()) {
			name = "evidence";
		}
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	private static String abbreviated(String text) {
		return (text.length() > 80) ? text.substring(0, 77) + "..." : text;
	}

	private static int problemCount(Problems problems) {
		return problems.size();
	}

}
