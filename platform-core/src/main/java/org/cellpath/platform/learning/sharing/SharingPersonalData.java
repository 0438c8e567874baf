package org.cellpath.platform.learning.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cellpath.platform.learning.PersonalData;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's share links, what each shows and its view log, in the data export; erased with
 * the account. Views keep no data about the viewers as persons, so a viewer's erasure has
 * nothing to remove here.
 */
@Component
class SharingPersonalData implements PersonalData {

	private final ShareLinks links;

	private final ShareViews views;

	private final JdbcTemplate jdbc;

	SharingPersonalData(ShareLinks links, ShareViews views, JdbcTemplate jdbc) {
		this.links = links;
		this.views = views;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "shareLinks";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(long userId) {
		Map<Long, List<ViewEntry>> log = this.views.findByShareLearnerIdOrderByViewedAtDescIdDesc(userId)
			.stream()
			.collect(Collectors.groupingBy((view) -> view.getShare().getId(),
					Collectors.mapping(ViewEntry::of, Collectors.toList())));
		return this.links.findByLearnerIdOrderByCreatedAtDescIdDesc(userId)
			.stream()
			.map((link) -> new LinkEntry(link.getToken(), link.getLabel(), link.getCreatedAt(), link.getExpiresAt(),
					link.getRevokedAt(),
					link.getItems()
						.stream()
						.map((item) -> new ItemEntry(item.getKind(), item.getItemId()))
						.sorted((a, b) -> Long.compare(a.id(), b.id()))
						.toList(),
					log.getOrDefault(link.getId(), List.of())))
			.toList();
	}

	@Override
	@Transactional
	public void erase(long userId) {
		// Items and views go with their links (ON DELETE CASCADE).
		this.jdbc.update("DELETE FROM share_link WHERE learner_id = ?", userId);
	}

	record LinkEntry(String token, String label, Instant createdAt, Instant expiresAt, Instant revokedAt,
			List<ItemEntry> items, List<ViewEntry> views) {
	}

	record ItemEntry(SharedItemKind kind, long id) {
	}

	record ViewEntry(Instant viewedAt, ShareView.Channel channel, String organisation, String occupation) {

		static ViewEntry of(ShareView view) {
			return new ViewEntry(view.getViewedAt(), view.getChannel(),
					(view.getViewerOrganisation() != null) ? view.getViewerOrganisation().getName() : null,
					(view.getOccupation() != null) ? view.getOccupation().getCode() : null);
		}

	}

}
