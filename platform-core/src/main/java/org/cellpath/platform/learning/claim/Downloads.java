package org.cellpath.platform.learning.claim;

import java.nio.charset.StandardCharsets;

import org.cellpath.platform.learning.claim.PriorLearningClaims.StoredFile;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How an evidence file leaves Cellpath: always as an attachment, with the type its content was
 * checked to have, never sniffed and never run by the browser as a page.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> of(StoredFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.content());
	}

}
