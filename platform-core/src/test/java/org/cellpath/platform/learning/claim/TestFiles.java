package org.cellpath.platform.learning.claim;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.mock.web.MockMultipartFile;

/** Small files of each kind, as a browser or script would upload them. */
final class TestFiles {

	static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	private TestFiles() {
	}

	static MockMultipartFile file(String name, String declaredType, byte[] content) {
		return new MockMultipartFile("files", name, declaredType, content);
	}

	static MockMultipartFile pdf(String name) {
		return file(name, "application/pdf", PDF);
	}

	/** A PDF one byte larger than the limit. */
	static MockMultipartFile pdfLargerThan(long limit) {
		byte[] content = Arrays.copyOf(PDF, (int) limit + 1);
		Arrays.fill(content, PDF.length, content.length, (byte) ' ');
		return file("large.pdf", "application/pdf", content);
	}

}
