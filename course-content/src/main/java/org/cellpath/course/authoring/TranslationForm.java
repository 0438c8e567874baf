package org.cellpath.course.authoring;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A unit's translation into one language as the side-by-side page shows it: the translated
 * title, summary, optionally the content, and the texts of each item. The answers are the
 * original's, so only texts are translated; lists keep the original's lengths.
 */
public class TranslationForm {

	private String title = "";

	private String summary = "";

	private boolean translateContent;

	private List<BlockForm> blocks = new ArrayList<>();

	private List<ItemTexts> items = new ArrayList<>();

	public TranslationForm() {
	}

	/** The texts of one item in the translation. */
	public static class ItemTexts {

		private String key = "";

		private String prompt = "";

		private List<String> options = new ArrayList<>();

		private List<String> left = new ArrayList<>();

		private List<String> right = new ArrayList<>();

		private List<String> entries = new ArrayList<>();

		private String feedbackCorrect = "";

		private String feedbackIncorrect = "";

		public String getKey() {
			return this.key;
		}

		public void setKey(String key) {
			this.key = key;
		}

		public String getPrompt() {
			return this.prompt;
		}

		public void setPrompt(String prompt) {
			this.prompt = prompt;
		}

		public List<String> getOptions() {
			return this.options;
		}

		public void setOptions(List<String> options) {
			this.options = options;
		}

		public List<String> getLeft() {
			return this.left;
		}

		public void setLeft(List<String> left) {
			this.left = left;
		}

		public List<String> getRight() {
			return this.right;
		}

		public void setRight(List<String> right) {
			this.right = right;
		}

		public List<String> getEntries() {
			return this.entries;
		}

		public void setEntries(List<String> entries) {
			this.entries = entries;
		}

		public String getFeedbackCorrect() {
			return this.feedbackCorrect;
		}

		public void setFeedbackCorrect(String feedbackCorrect) {
			this.feedbackCorrect = feedbackCorrect;
		}

		public String getFeedbackIncorrect() {
			return this.feedbackIncorrect;
		}

		public void setFeedbackIncorrect(String feedbackIncorrect) {
			this.feedbackIncorrect = feedbackIncorrect;
		}

	}

	/**
	 * The form for a unit's translation into the language: what is translated already, and
	 * empty fields of the original's shape for what is not.
	 */
	static TranslationForm of(JsonNode unit, String language) {
		JsonNode translation = unit.path("translations").path(language);
		TranslationForm form = new TranslationForm();
		form.setTitle(translation.path("title").asString(""));
		form.setSummary(translation.path("summary").asString(""));
		JsonNode content = translation.path("content");
		form.setTranslateContent(content.isArray() && !content.isEmpty());
		JsonNode original = unit.path("content");
		for (int i = 0; i < original.size(); i++) {
			JsonNode source = (form.isTranslateContent() && i < content.size()) ? content.path(i) : original.path(i);
			BlockForm block = BlockForm.of(original.path(i).path("type").asString("text"));
			boolean translated = form.isTranslateContent() && i < content.size();
			block.setMarkdown(translated ? source.path("markdown").asString("") : "");
			block.setAlt(translated ? source.path("alt").asString("") : "");
			block.setCaption(translated ? source.path("caption").asString("") : "");
			block.setUrl(source.path("url").asString(""));
			form.getBlocks().add(block);
		}
		for (JsonNode item : unit.path("assessment").path("items").values()) {
			String key = item.path("key").asString("");
			JsonNode texts = translation.path("items").path(key);
			ItemTexts translated = new ItemTexts();
			translated.setKey(key);
			translated.setPrompt(texts.path("prompt").asString(""));
			translated.setOptions(sized(texts.path("options"), item.path("options").size()));
			translated.setLeft(sized(texts.path("left"), item.path("left").size()));
			translated.setRight(sized(texts.path("right"), item.path("right").size()));
			translated.setEntries(sized(texts.path("items"), item.path("items").size()));
			translated.setFeedbackCorrect(texts.path("feedback").path("correct").asString(""));
			translated.setFeedbackIncorrect(texts.path("feedback").path("incorrect").asString(""));
			form.getItems().add(translated);
		}
		return form;
	}

	private static List<String> sized(JsonNode translated, int size) {
		List<String> texts = new ArrayList<>(UnitDocuments.strings(translated));
		while (texts.size() < size) {
			texts.add("");
		}
		return new ArrayList<>(texts.subList(0, size));
	}

	/**
	 * The translation as the format holds it. Blank item texts are left out, so that a partly
	 * translated item falls back to the original rather than showing nothing; content is
	 * included only when the teacher translates it, each block built on the original's.
	 */
	ObjectNode toTranslation(JsonNode unit) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		ObjectNode translation = nodes.objectNode();
		put(translation, "title", this.title);
		put(translation, "summary", this.summary);
		if (this.translateContent) {
			ArrayNode content = translation.putArray("content");
			JsonNode original = unit.path("content");
			for (int i = 0; i < original.size(); i++) {
				ObjectNode block = (ObjectNode) original.path(i).deepCopy();
				BlockForm typed = (i < this.blocks.size()) ? this.blocks.get(i) : new BlockForm();
				switch (block.path("type").asString("")) {
					case "text" -> block.put("markdown", nonNull(typed.getMarkdown()));
					case "image" -> {
						replace(block, "url", typed.getUrl());
						block.put("alt", nonNull(typed.getAlt()).trim());
					}
					case "video", "link" -> {
						replace(block, "url", typed.getUrl());
						replace(block, "caption", typed.getCaption());
					}
					case "attachment" -> replace(block, "caption", typed.getCaption());
					default -> {
					}
				}
				content.add(block);
			}
		}
		ObjectNode items = nodes.objectNode();
		for (ItemTexts texts : this.items) {
			ObjectNode item = nodes.objectNode();
			put(item, "prompt", texts.getPrompt());
			list(item, "options", texts.getOptions());
			list(item, "left", texts.getLeft());
			list(item, "right", texts.getRight());
			list(item, "items", texts.getEntries());
			if (!UnitDocuments.blank(texts.getFeedbackCorrect()) || !UnitDocuments.blank(texts.getFeedbackIncorrect())) {
				ObjectNode feedback = item.putObject("feedback");
				put(feedback, "correct", texts.getFeedbackCorrect());
				put(feedback, "incorrect", texts.getFeedbackIncorrect());
			}
			if (!item.isEmpty()) {
				items.set(texts.getKey(), item);
			}
		}
		if (!items.isEmpty()) {
			translation.set("items", items);
		}
		return translation;
	}

	/** A list is sent when any entry is translated, whole, so that the validator can check its length. */
	private static void list(ObjectNode item, String name, List<String> texts) {
		if (texts.stream().anyMatch((text) -> !UnitDocuments.blank(text))) {
			ArrayNode array = item.putArray(name);
			texts.forEach((text) -> array.add(nonNull(text).trim()));
		}
	}

	private static void put(ObjectNode node, String name, String value) {
		if (!UnitDocuments.blank(value)) {
			node.put(name, value.trim());
		}
	}

	private static void replace(ObjectNode node, String name, String value) {
		if (!UnitDocuments.blank(value)) {
			node.put(name, value.trim());
		}
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

	/**
	 * Gives the form the original's shape where a stale or tampered page posted fewer blocks,
	 * items or entries, so that every original text has its field.
	 */
	void fitTo(TranslationForm shape) {
		while (this.blocks.size() < shape.blocks.size()) {
			this.blocks.add(shape.blocks.get(this.blocks.size()));
		}
		while (this.items.size() < shape.items.size()) {
			this.items.add(shape.items.get(this.items.size()));
		}
		for (int i = 0; i < shape.items.size(); i++) {
			ItemTexts item = this.items.get(i);
			ItemTexts model = shape.items.get(i);
			item.setOptions(padded(item.getOptions(), model.getOptions().size()));
			item.setLeft(padded(item.getLeft(), model.getLeft().size()));
			item.setRight(padded(item.getRight(), model.getRight().size()));
			item.setEntries(padded(item.getEntries(), model.getEntries().size()));
		}
	}

	private static List<String> padded(List<String> texts, int size) {
		List<String> padded = new ArrayList<>(texts);
		while (padded.size() < size) {
			padded.add("");
		}
		return padded;
	}

	/**
	 * The translation page's field for a pointer into the document's translation, or null.
	 * @param pointer e.g. {@code /translations/sv/items/q1/options/2}
	 */
	String fieldFor(String pointer, String language) {
		List<String> at = UnitDocuments.tokens(pointer);
		if (at.size() < 3 || !"translations".equals(at.get(0)) || !language.equals(at.get(1))) {
			return null;
		}
		String part = at.get(2);
		if ("title".equals(part) || "summary".equals(part)) {
			return part;
		}
		if ("content".equals(part)) {
			if (at.size() < 4 || UnitForm.number(at.get(3)) < 0) {
				return "translateContent";
			}
			String block = "blocks[" + at.get(3) + "]";
			String name = (at.size() > 4) ? at.get(4) : "markdown";
			return block + "." + (switch (name) {
				case "alt", "caption", "url" -> name;
				default -> "markdown";
			});
		}
		if ("items".equals(part) && at.size() > 3) {
			for (int i = 0; i < this.items.size(); i++) {
				if (this.items.get(i).getKey().equals(at.get(3))) {
					String item = "items[" + i + "]";
					String name = (at.size() > 4) ? at.get(4) : "prompt";
					String index = (at.size() > 5 && UnitForm.number(at.get(5)) >= 0) ? "[" + at.get(5) + "]" : "";
					return switch (name) {
						case "options", "left", "right" -> item + "." + name + index;
						case "items" -> item + ".entries" + index;
						case "feedback" -> item + ((at.size() > 5 && "incorrect".equals(at.get(5))) ? ".feedbackIncorrect"
								: ".feedbackCorrect");
						default -> item + ".prompt";
					};
				}
			}
		}
		return null;
	}

	/** The id of the element that shows a field; see {@link UnitForm#idOf(String)}. */
	public String idOf(String field) {
		return UnitForm.id(field);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public boolean isTranslateContent() {
		return this.translateContent;
	}

	public void setTranslateContent(boolean translateContent) {
		this.translateContent = translateContent;
	}

	public List<BlockForm> getBlocks() {
		return this.blocks;
	}

	public void setBlocks(List<BlockForm> blocks) {
		this.blocks = blocks;
	}

	public List<ItemTexts> getItems() {
		return this.items;
	}

	public void setItems(List<ItemTexts> items) {
		this.items = items;
	}

}
