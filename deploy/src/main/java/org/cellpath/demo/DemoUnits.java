package org.cellpath.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cellpath.course.exchange.UnitFormat;
import org.cellpath.course.unit.AuthoredUnit;
import org.cellpath.course.unit.UnitAuthoring;
import org.cellpath.course.unit.VersionStatus;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.Organisations;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.cellpath.platform.web.InvalidInputException;
import org.cellpath.platform.web.InvalidInputException.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo units ({@code demo/units/*.json}, one unit in the exchange format per file)
 * through the same import and publishing path that teachers use: each provider's units are
 * imported by a teacher of that provider and published as version 1. A provider without a
 * teacher gets one demo teacher ({@code teacher-<slug>}, password as for every demo user).
 * <p>
 * A unit whose provider already has a unit of that title is left alone, so loading again adds
 * nothing. If any file is invalid, nothing is stored and start-up fails with the file name and
 * JSON pointer of every problem: demo content that does not load is a bug to fix, not to skip.
 */
@Component
@Order(10)
public class DemoUnits implements DemoContent {

	static final String FILES = "classpath:demo/units/*.json";

	private static final Logger log = LoggerFactory.getLogger(DemoUnits.class);

	private final UnitAuthoring authoring;

	private final Organisations organisations;

	private final Users users;

	private final PasswordEncoder passwords;

	DemoUnits(UnitAuthoring authoring, Organisations organisations, Users users, PasswordEncoder passwords) {
		this.authoring = authoring;
		this.organisations = organisations;
		this.users = users;
		this.passwords = passwords;
	}

	@Override
	@Transactional
	public void load() {
		load(documents());
	}

	/** Loads the documents (by file name) as {@link #load()} loads the files. */
	@Transactional
	void load(Map<String, JsonNode> documents) {
		List<FieldProblem> problems = new ArrayList<>();
		int added = 0;
		for (Map.Entry<String, Map<String, JsonNode>> byProvider : byProvider(documents).entrySet()) {
			Optional<Organisation> provider = this.organisations.findBySlug(byProvider.getKey())
				.filter(Organisation::isProvider);
			// An unknown provider is the importer's to report, with its pointer; any teacher can ask.
			User teacher = provider.map(this::teacherOf).orElseGet(this::anyTeacher);
			Map<String, JsonNode> missing = new LinkedHashMap<>(byProvider.getValue());
			if (provider.isPresent()) {
				Set<String> titles = titlesOf(provider.get(), teacher);
				missing.values().removeIf((document) -> titles.contains(document.path("title").asString("")));
			}
			if (missing.isEmpty()) {
				continue;
			}
			try {
				for (AuthoredUnit draft : this.authoring.importUnits(missing, teacher)) {
					this.authoring.publish(draft.unitId(), teacher);
					added++;
				}
			}
			catch (InvalidInputException invalid) {
				// Keep going so that one start-up reports the problems of every file; the
				// exception below rolls back whatever was imported meanwhile.
				problems.addAll(invalid.problems());
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The demo units are invalid; nothing was loaded:\n  "
					+ problems.stream().map(FieldProblem::toString).collect(Collectors.joining("\n  ")));
		}
		log.info("Demo units ready: {} files, {} added", documents.size(), added);
	}

	/** Every demo unit file, parsed, by file name in name order. */
	Map<String, JsonNode> documents() {
		Resource[] files;
		try {
			files = new PathMatchingResourcePatternResolver(getClass().getClassLoader()).getResources(FILES);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not list " + FILES, ex);
		}
		Map<String, JsonNode> documents = new LinkedHashMap<>();
		List<FieldProblem> unreadable = new ArrayList<>();
		Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).forEach((file) -> {
			try (InputStream in = file.getInputStream()) {
				documents.put(file.getFilename(), UnitFormat.parse(in.readAllBytes()));
			}
			catch (InvalidInputException invalid) {
				invalid.problems()
					.forEach((problem) -> unreadable.add(new FieldProblem(file.getFilename() + "#" + problem.field(),
							problem.messageKey(), problem.defaultMessage())));
			}
			catch (IOException ex) {
				throw new IllegalStateException("Could not read demo unit " + file.getFilename(), ex);
			}
		});
		if (!unreadable.isEmpty()) {
			throw new IllegalStateException("The demo units in " + FILES + " are not readable JSON:\n  "
					+ unreadable.stream().map(FieldProblem::toString).collect(Collectors.joining("\n  ")));
		}
		if (documents.isEmpty()) {
			throw new IllegalStateException("No demo units found in " + FILES);
		}
		return documents;
	}

	/** The documents grouped by the slug of their owning provider, each group in file order. */
	private static Map<String, Map<String, JsonNode>> byProvider(Map<String, JsonNode> documents) {
		Map<String, Map<String, JsonNode>> groups = new LinkedHashMap<>();
		documents.forEach((name, document) -> groups
			.computeIfAbsent(document.path("provider").asString(""), (slug) -> new LinkedHashMap<>())
			.put(name, document));
		return groups;
	}

	/** The titles of every version of every unit the provider owns, as its teacher sees them. */
	private Set<String> titlesOf(Organisation provider, User teacher) {
		return Arrays.stream(VersionStatus.values())
			.flatMap((status) -> this.authoring.unitsOf(teacher, status).stream())
			.filter((unit) -> unit.providerSlug().equals(provider.getSlug()))
			.map(AuthoredUnit::title)
			.collect(Collectors.toSet());
	}

	/**
	 * A demo unit, published, with the document of its file (which holds the right answers).
	 * @param fileName the file under demo/units, e.g. {@code 13-ppe-and-dry-room-clothing.json}
	 */
	Optional<PublishedDemoUnit> published(String fileName) {
		JsonNode document = documents().get(fileName);
		if (document == null) {
			return Optional.empty();
		}
		return this.organisations.findBySlug(document.path("provider").asString(""))
			.flatMap((provider) -> this.authoring.unitsOf(teacherOf(provider), VersionStatus.PUBLISHED)
				.stream()
				.filter((unit) -> unit.title().equals(document.path("title").asString()))
				.findFirst())
			.map((unit) -> new PublishedDemoUnit(unit.unitId(), document));
	}

	/** A published demo unit and the document it was loaded from. */
	record PublishedDemoUnit(long unitId, JsonNode document) {
	}

	/** A teacher of the provider; a new demo teacher when it has none. */
	private User teacherOf(Organisation provider) {
		return this.users
			.findByOrganisationHolding(provider, Set.of(Role.TEACHER), PageRequest.of(0, 1))
			.stream()
			.findFirst()
			.orElseGet(() -> this.users.findByUsername("teacher-" + provider.getSlug()).orElseGet(() -> {
				User teacher = new User("teacher-" + provider.getSlug(), this.passwords.encode(DemoData.PASSWORD),
						"Teacher, " + provider.getName(), "teacher-" + provider.getSlug() + "@demo.cellpath.example",
						EnumSet.of(Role.TEACHER));
				teacher.assignTo(provider);
				return this.users.save(teacher);
			}));
	}

	private User anyTeacher() {
		return this.users.findByUsername("teacher")
			.orElseThrow(() -> new IllegalStateException("The demo teacher is missing; load DemoData first"));
	}

}
