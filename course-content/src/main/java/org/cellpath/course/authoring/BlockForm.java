package org.cellpath.course.authoring;

/**
 * One content block as the editor shows it. Which fields count depends on the type; the others
 * are kept so that switching back and forth loses nothing the teacher typed.
 *
 * <p>An attachment's bytes never travel through the editor form (they could be megabytes); the
 * block names the attachment of the stored draft it keeps by {@link #getStored()}.
 */
public class BlockForm {

	/** The block types of the exchange format, in the order the editor offers them. */
	public static final java.util.List<String> TYPES = java.util.List.of("text", "image", "video", "link",
			"attachment");

	private String type = "text";

	private String markdown = "";

	private String url = "";

	private String alt = "";

	private String caption = "";

	private String fileName = "";

	private String mediaType = "";

	private Integer stored;

	public BlockForm() {
	}

	static BlockForm of(String type) {
		BlockForm block = new BlockForm();
		block.setType(TYPES.contains(type) ? type : "text");
		return block;
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getMarkdown() {
		return this.markdown;
	}

	public void setMarkdown(String markdown) {
		this.markdown = markdown;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getAlt() {
		return this.alt;
	}

	public void setAlt(String alt) {
		this.alt = alt;
	}

	public String getCaption() {
		return this.caption;
	}

	public void setCaption(String caption) {
		this.caption = caption;
	}

	public String getFileName() {
		return this.fileName;
	}

	public void setFileName(String fileName) {
		this.fileName = fileName;
	}

	public String getMediaType() {
		return this.mediaType;
	}

	public void setMediaType(String mediaType) {
		this.mediaType = mediaType;
	}

	/** For an attachment: the index of the block in the stored draft whose file it keeps. */
	public Integer getStored() {
		return this.stored;
	}

	public void setStored(Integer stored) {
		this.stored = stored;
	}

}
