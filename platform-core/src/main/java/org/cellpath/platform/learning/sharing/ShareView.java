package org.cellpath.platform.learning.sharing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cellpath.platform.framework.Occupation;
import org.cellpath.platform.identity.Organisation;

/**
 * One opening of a share link: when, how, the organisation of the viewer when they were signed in
 * and belong to one, and the occupation an employer held the record against. Nothing else about
 * the viewer is kept.
 */
@Entity
@Table(name = "share_view")
public class ShareView {

	/** How the link was opened. */
	public enum Channel {

		/** The shared page in a browser. */
		PAGE,

		/** The API, e.g. an employer's system. */
		API

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "share_id")
	private ShareLink share;

	private Instant viewedAt;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "viewer_organisation_id")
	private Organisation viewerOrganisation;

	@ManyToOne(fetch = FetchType.LAZY)
	private Occupation occupation;

	protected ShareView() {
	}

	ShareView(ShareLink share, Instant viewedAt, Channel channel, Organisation viewerOrganisation,
			Occupation occupation) {
		this.share = share;
		this.viewedAt = viewedAt;
		this.channel = channel;
		this.viewerOrganisation = viewerOrganisation;
		this.occupation = occupation;
	}

	public Long getId() {
		return this.id;
	}

	public ShareLink getShare() {
		return this.share;
	}

	public Instant getViewedAt() {
		return this.viewedAt;
	}

	public Channel getChannel() {
		return this.channel;
	}

	/** The signed-in viewer's organisation, or null (signed out, or in no organisation). */
	public Organisation getViewerOrganisation() {
		return this.viewerOrganisation;
	}

	/** The occupation an employer held the record against, or null. */
	public Occupation getOccupation() {
		return this.occupation;
	}

}
