package org.cellpath.course.unit;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cellpath.course.exchange.UnitDocument;
import org.cellpath.course.exchange.UnitFormat;
import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.web.InvalidInputException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Teachers author units through the API: create, import, edit, review, publish, retire, export. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Unit authoring", description = "Units in the exchange format cellpath-unit/1 and their workflow")
class UnitsApi {

	static final String ZIP = "application/zip";

	private final UnitAuthoring authoring;

	UnitsApi(UnitAuthoring authoring) {
		this.authoring = authoring;
	}

	@PostMapping(path = "/units", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a unit draft from a document in the exchange format (teacher)",
			description = "Validates the whole document first; a 400 problem lists every error with its JSON pointer "
					+ "in errors[].field, and nothing is stored.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = "application/json", schema = @Schema(implementation = UnitDocument.class))))
	@ApiResponse(responseCode = "201", description = "The draft")
	ResponseEntity<AuthoredUnit> create(@RequestBody byte[] json, @CurrentUser User teacher) {
		checkSize(json);
		AuthoredUnit created = this.authoring.createDraft(UnitFormat.parse(json), teacher);
		return ResponseEntity.created(URI.create("/api/v1/units/" + created.unitId())).body(created);
	}

	@PostMapping(path = "/units", consumes = { ZIP, "application/x-zip-compressed" })
	@Operation(summary = "Import many units from a zip of exchange-format documents (teacher), all or nothing",
			description = "Every *.json entry is one unit. Problems are reported as <entry name>#<pointer>; when "
					+ "there is any, no unit is stored.")
	@ApiResponse(responseCode = "201", description = "The drafts, in the zip's order")
	ResponseEntity<Map<String, List<AuthoredUnit>>> importZip(@RequestBody byte[] zip, @CurrentUser User teacher) {
		List<AuthoredUnit> created = this.authoring.importZip(zip, teacher);
		return ResponseEntity.status(201).body(Map.of("units", created));
	}

	@PutMapping(path = "/units/{id}/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace the unit's draft, or open a new draft of a published unit (teacher of an owner)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = "application/json", schema = @Schema(implementation = UnitDocument.class))))
	AuthoredUnit saveDraft(@PathVariable long id, @RequestBody byte[] json, @CurrentUser User teacher) {
		checkSize(json);
		return this.authoring.saveDraft(id, UnitFormat.parse(json), teacher);
	}

	@GetMapping(path = "/units/{id}/export")
	@Operation(summary = "The unit in the exchange format, answers included (teacher of an owner)",
			description = "The published version, or the latest when none is published; ?version=n for another; "
					+ "?format=zip for a zip with one entry.")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = UnitDocument.class)))
	ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) Integer version,
			@Parameter(description = "json (default) or zip") @RequestParam(defaultValue = "json") String format,
			@CurrentUser User teacher) {
		if ("zip".equals(format) && version == null) {
			return zip(this.authoring.exportZip(List.of(id), teacher), "unit-" + id + ".zip");
		}
		if (!"json".equals(format)) {
			throw new InvalidInputException("format", "unit.export.format",
					"must be json or zip (zip exports the published version)");
		}
		UnitDocument document = this.authoring.export(id, version, teacher);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("unit-" + id + ".json").build().toString())
			.body(UnitFormat.write(document));
	}

	@GetMapping(path = "/units/export", produces = ZIP)
	@Operation(summary = "Many units as a zip of exchange-format documents (teacher of their owners)")
	ResponseEntity<byte[]> exportMany(@RequestParam List<Long> ids, @CurrentUser User teacher) {
		if (ids.isEmpty() || ids.size() > 200) {
			throw new InvalidInputException("ids", "unit.export.ids", "must name 1 to 200 units");
		}
		return zip(this.authoring.exportZip(ids, teacher), "units.zip");
	}

	/** One unit's document stays below what a zip entry may hold (attachments of 5 MiB fit). */
	private static void checkSize(byte[] json) {
		if (json.length > UnitFormat.MAX_ENTRY_BYTES) {
			throw new InvalidInputException("", "unit.problem.size",
					"is larger than " + (UnitFormat.MAX_ENTRY_BYTES >> 20) + " MiB");
		}
	}

	private static ResponseEntity<byte[]> zip(byte[] zip, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ZIP))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(zip);
	}

	@PostMapping("/units/{id}/submit")
	@Operation(summary = "Submit the unit's draft for review by a second teacher (teacher of an owner)")
	AuthoredUnit submit(@PathVariable long id, @CurrentUser User teacher) {
		return this.authoring.submitForReview(id, teacher);
	}

	@PostMapping("/units/{id}/approve")
	@Operation(summary = "Approve the version in review (a teacher of an owner other than its submitter)")
	AuthoredUnit approve(@PathVariable long id, @RequestBody(required = false) ReviewComment review,
			@CurrentUser User teacher) {
		return this.authoring.approve(id, teacher, (review != null) ? review.comment() : null);
	}

	@PostMapping("/units/{id}/return")
	@Operation(summary = "Return the version in review to its authors as a draft, with a comment (teacher of an owner)")
	AuthoredUnit returnToDraft(@PathVariable long id, @RequestBody(required = false) ReviewComment review,
			@CurrentUser User teacher) {
		return this.authoring.returnToDraft(id, teacher, (review != null) ? review.comment() : null);
	}

	@PostMapping("/units/{id}/publish")
	@Operation(summary = "Publish the current draft as a new version (teacher of an owner)",
			description = "The version published before is superseded. Where the provider requires review, only an "
					+ "approved version is published.")
	AuthoredUnit publish(@PathVariable long id, @CurrentUser User teacher) {
		return this.authoring.publish(id, teacher);
	}

	@PostMapping("/units/{id}/retire")
	@Operation(summary = "Withdraw the unit from the catalogue (teacher of an owner)")
	AuthoredUnit retire(@PathVariable long id, @CurrentUser User teacher) {
		return this.authoring.retire(id, teacher);
	}

	@GetMapping("/authoring/units")
	@Operation(summary = "The units of the signed-in teacher's provider, optionally only versions in one status")
	List<AuthoredUnit> mine(@RequestParam(required = false) VersionStatus status, @CurrentUser User teacher) {
		return this.authoring.unitsOf(teacher, status);
	}

	@GetMapping("/authoring/units/{id}/versions")
	@Operation(summary = "Every version of a unit, newest first (teacher of an owner)")
	List<AuthoredUnit> versions(@PathVariable long id, @CurrentUser User teacher) {
		return this.authoring.versions(id, teacher);
	}

	@GetMapping("/authoring/review-queue")
	@Operation(summary = "Versions of the provider's units waiting for the signed-in teacher's review")
	List<AuthoredUnit> reviewQueue(@CurrentUser User teacher) {
		return this.authoring.reviewQueue(teacher);
	}

	@GetMapping("/authoring/review-policy")
	@Operation(summary = "Whether the signed-in user's provider requires a second teacher's review before publishing")
	ReviewPolicy reviewPolicy(@CurrentUser User user) {
		if (user.getOrganisation() == null) {
			throw new InvalidInputException("provider", "unit.policy.provider", "you do not belong to a provider");
		}
		return new ReviewPolicy(this.authoring.requiresReview(user.getOrganisation().getId()));
	}

	@PutMapping("/authoring/review-policy")
	@Operation(summary = "Require (or not) a second teacher's review before publishing (provider admin or teacher)")
	ReviewPolicy setReviewPolicy(@RequestBody ReviewPolicy policy, @CurrentUser User user) {
		if (user.getOrganisation() == null) {
			throw new InvalidInputException("provider", "unit.policy.provider", "you do not belong to a provider");
		}
		this.authoring.requireReview(user.getOrganisation().getId(), policy.requiresReview(), user);
		return new ReviewPolicy(this.authoring.requiresReview(user.getOrganisation().getId()));
	}

	/** A reviewer's remarks. */
	record ReviewComment(String comment) {
	}

	/** A provider's publishing rule. */
	record ReviewPolicy(boolean requiresReview) {
	}

}
