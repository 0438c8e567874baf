package org.cellpath.platform.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cellpath.platform.learning.PersonalData;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers everything every module stores about a person into one document. */
@Service
class PersonalDataExport {

	/** The name of the document's format; {@link #VERSION} changes when its shape does. */
	static final String FORMAT = "cellpath-personal-data";

	static final int VERSION = 1;

	private final List<PersonalData> holders;

	private final Clock clock;

	PersonalDataExport(List<PersonalData> holders, Clock clock) {
		Set<String> names = new HashSet<>();
		for (PersonalData holder : holders) {
			if (!names.add(holder.name())) {
				// Two holders under one name would hide each other's data in the export.
				throw new IllegalStateException("Two PersonalData beans are named " + holder.name());
			}
		}
		this.holders = List.copyOf(holders);
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PersonalDataDocument of(long userId) {
		Map<String, Object> data = new LinkedHashMap<>();
		this.holders.forEach((holder) -> data.put(holder.name(), holder.export(userId)));
		return new PersonalDataDocument(FORMAT, VERSION, this.clock.instant(), data);
	}

	/**
	 * Everything stored about a person.
	 * @param format always {@value #FORMAT}
	 * @param version the version of the format
	 * @param exportedAt when the document was made
	 * @param data each holder's data under its name, e.g. {@code profile}, {@code learningAccount}
	 */
	record PersonalDataDocument(String format, int version, Instant exportedAt, Map<String, Object> data) {
	}

}
