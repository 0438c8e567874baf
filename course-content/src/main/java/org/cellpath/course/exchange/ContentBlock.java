package org.cellpath.course.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One block of a unit's content, told apart by its {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = ContentBlock.Text.class, name = "text"),
		@JsonSubTypes.Type(value = ContentBlock.Image.class, name = "image"),
		@JsonSubTypes.Type(value = ContentBlock.Video.class, name = "video"),
		@JsonSubTypes.Type(value = ContentBlock.Link.class, name = "link"),
		@JsonSubTypes.Type(value = ContentBlock.Attachment.class, name = "attachment") })
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public sealed interface ContentBlock {

	/** The block's type as the format names it, e.g. {@code text}. */
	String type();

	/** Markdown text, rendered safely (no raw HTML). */
	record Text(String markdown) implements ContentBlock {

		@Override
		public String type() {
			return "text";
		}
	}

	/** An image with its required alternative text. */
	record Image(String url, String alt) implements ContentBlock {

		@Override
		public String type() {
			return "image";
		}
	}

	/** A video, linked with an optional caption. */
	record Video(String url, String caption) implements ContentBlock {

		@Override
		public String type() {
			return "video";
		}
	}

	/** An external resource. */
	record Link(String url, String caption) implements ContentBlock {

		@Override
		public String type() {
			return "link";
		}
	}

	/**
	 * A downloadable file carried inside the document.
	 *
	 * @param fileName the file's name, without folders
	 * @param mediaType e.g. {@code application/pdf}
	 * @param data the file, base64 encoded (at most 5 MiB decoded)
	 * @param caption what it is
	 */
	record Attachment(String fileName, String mediaType, String data, String caption) implements ContentBlock {

		@Override
		public String type() {
			return "attachment";
		}

		/** The decoded file. */
		public byte[] bytes() {
			return java.util.Base64.getMimeDecoder().decode(this.data);
		}

	}

}
