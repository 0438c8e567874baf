package org.cellpath.platform.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.privacy.PersonalDataExport.PersonalDataDocument;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The learner's own data as downloads: everything as JSON, and a PDF transcript of their learning. */
@RestController
@Tag(name = "Personal data")
class PersonalDataApi {

	private final PersonalDataExport export;

	private final Transcript transcript;

	private final Clock clock;

	PersonalDataApi(PersonalDataExport export, Transcript transcript, Clock clock) {
		this.export = export;
		this.transcript = transcript;
		this.clock = clock;
	}

	@GetMapping(path = "/api/v1/me/personal-data", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Everything Cellpath stores about the signed-in learner, as one JSON document (learner)",
			description = "The document names its format and version, when it was made, and holds each part of the "
					+ "platform's data about the learner under its name (profile, learningAccount, ...).")
	ResponseEntity<PersonalDataDocument> personalData(@CurrentUser User learner) {
		PersonalDataDocument document = this.export.of(learner.getId());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("cellpath-personal-data-"
					+ LocalDate.ofInstant(document.exportedAt(), ZoneOffset.UTC) + ".json"))
			.body(document);
	}

	@GetMapping(path = "/api/v1/me/transcript.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "A PDF transcript of the signed-in learner's attained outcomes, in their language (learner)",
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE)))
	ResponseEntity<byte[]> transcript(@CurrentUser User learner, Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("cellpath-transcript-" + LocalDate.now(this.clock) + ".pdf"))
			.body(this.transcript.of(learner, locale));
	}

	private static String attachment(String filename) {
		return ContentDisposition.attachment().filename(filename).build().toString();
	}

}
