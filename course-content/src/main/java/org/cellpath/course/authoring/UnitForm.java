package org.cellpath.course.authoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A unit as the editor shows it: the fields of the exchange format, the content blocks and the
 * assessment items, all as typed. {@link UnitDocuments} turns it into the exchange document
 * the course services check and store, and back.
 *
 * <p>A mutable bean rather than a record: the editor binds deeply indexed fields such as
 * {@code items[2].options[1]}, and lists that grow while binding need setters.
 */
public class UnitForm {

	/** Licences of the exchange format. */
	public static final List<String> LICENCES = List.of("CC-BY-SA-4.0", "CC-BY-4.0", "CC0-1.0", "all-rights-reserved");

	/** Delivery modes of the exchange format. */
	public static final List<String> DELIVERY_MODES = List.of("asynchronous", "synchronous", "blended", "work-based");

	/** Credit systems of the exchange format. */
	public static final List<String> CREDIT_SYSTEMS = List.of("ECTS", "ECVET");

	private String title = "";

	private String summary = "";

	private String language = "en";

	private String learningMinutes = "";

	private String eqfLevel = "";

	private String licence = "CC-BY-SA-4.0";

	private String deliveryMode = "asynchronous";

	private String creditSystem = "";

	private String creditPoints = "";

	private List<String> outcomes = new ArrayList<>();

	private String outcomeQuery = "";

	private List<String> coProviders = new ArrayList<>();

	private List<BlockForm> blocks = new ArrayList<>();

	private String passScore = "0.8";

	private String maxAttempts = "";

	private List<ItemForm> items = new ArrayList<>();

	private String basedOn = "";

	public UnitForm() {
	}

	/** A new unit in the teacher's language with one text block and one item to start from. */
	static UnitForm empty(String language) {
		UnitForm form = new UnitForm();
		form.setLanguage(language);
		form.getBlocks().add(BlockForm.of("text"));
		form.getItems().add(ItemForm.of("single-choice", "q1"));
		return form;
	}

	/**
	 * Carries out one of the editor's structural buttons, such as {@code addBlock:image},
	 * {@code moveItemUp:2} or {@code addOption:1}. Indexes out of range are ignored: they come
	 * from a stale page, and doing nothing is the safe answer.
	 * @return the field to put the focus on afterwards (what was added), or null
	 */
	String apply(String action) {
		String[] parts = action.split(":");
		String verb = parts[0];
		String argument = (parts.length > 1) ? parts[1] : "";
		int index = number(argument);
		int second = (parts.length > 2) ? number(parts[2]) : -1;
		switch (verb) {
			case "addBlock" -> {
				BlockForm block = BlockForm.of(argument);
				this.blocks.add(block);
				String at = "blocks[" + (this.blocks.size() - 1) + "].";
				return at + switch (block.getType()) {
					case "text" -> "markdown";
					case "attachment" -> "fileName";
					default -> "url";
				};
			}
			case "removeBlock" -> remove(this.blocks, index);
			case "moveBlockUp" -> swap(this.blocks, index, index - 1);
			case "moveBlockDown" -> swap(this.blocks, index, index + 1);
			case "addItem" -> {
				this.items.add(ItemForm.of(argument, nextKey()));
				return "items[" + (this.items.size() - 1) + "].prompt";
			}
			case "removeItem" -> remove(this.items, index);
			case "moveItemUp" -> swap(this.items, index, index - 1);
			case "moveItemDown" -> swap(this.items, index, index + 1);
			case "addOption", "addLeft", "addRight", "addEntry" -> {
				if (index >= 0 && index < this.items.size()) {
					return "items[" + index + "]." + grow(this.items.get(index), verb);
				}
			}
			case "removeOption", "removeLeft", "removeRight", "removeEntry" -> {
				if (index >= 0 && index < this.items.size()) {
					shrink(this.items.get(index), verb, second);
				}
			}
			default -> {
			}
		}
		return null;
	}

	/** Adds an empty entry to one of the item's lists; answers the new entry's field. */
	private static String grow(ItemForm item, String verb) {
		switch (verb) {
			case "addOption" -> {
				item.getOptions().add("");
				return "options[" + (item.getOptions().size() - 1) + "]";
			}
			case "addLeft" -> {
				item.getLeft().add("");
				pad(item.getMatches(), item.getLeft().size());
				item.getMatches().set(item.getLeft().size() - 1, "");
				return "left[" + (item.getLeft().size() - 1) + "]";
			}
			case "addRight" -> {
				item.getRight().add("");
				return "right[" + (item.getRight().size() - 1) + "]";
			}
			default -> {
				item.getEntries().add("");
				pad(item.getPositions(), item.getEntries().size());
				item.getPositions().set(item.getEntries().size() - 1, String.valueOf(item.getEntries().size()));
				return "entries[" + (item.getEntries().size() - 1) + "]";
			}
		}
	}

	private static void shrink(ItemForm item, String verb, int at) {
		switch (verb) {
			case "removeOption" -> {
				if (remove(item.getOptions(), at)) {
					item.setCorrect(shifted(item.getCorrect(), at));
					List<String> kept = new ArrayList<>();
					item.getCorrectOptions().forEach((picked) -> {
						String moved = shifted(picked, at);
						if (!moved.isEmpty()) {
							kept.add(moved);
						}
					});
					item.setCorrectOptions(kept);
				}
			}
			case "removeLeft" -> {
				if (remove(item.getLeft(), at) && at < item.getMatches().size()) {
					item.getMatches().remove(at);
				}
			}
			case "removeRight" -> {
				if (remove(item.getRight(), at)) {
					item.getMatches().replaceAll((match) -> shifted(match, at));
				}
			}
			default -> {
				if (remove(item.getEntries(), at) && at < item.getPositions().size()) {
					item.getPositions().remove(at);
				}
			}
		}
	}

	/** An index after the entry at {@code removed} went: blank if it was that entry, one less after it. */
	private static String shifted(String index, int removed) {
		int value = number(index);
		if (value < 0 || value == removed) {
			return "";
		}
		return String.valueOf((value > removed) ? value - 1 : value);
	}

	private static void pad(List<String> list, int size) {
		while (list.size() < size) {
			list.add("");
		}
	}

	private static boolean remove(List<?> list, int index) {
		if (index >= 0 && index < list.size()) {
			list.remove(index);
			return true;
		}
		return false;
	}

	private static void swap(List<?> list, int from, int to) {
		if (from >= 0 && to >= 0 && from < list.size() && to < list.size()) {
			Collections.swap(list, from, to);
		}
	}

	private String nextKey() {
		int n = this.items.size() + 1;
		while (hasKey("q" + n)) {
			n++;
		}
		return "q" + n;
	}

	private boolean hasKey(String key) {
		return this.items.stream().anyMatch((item) -> key.equals(item.getKey()));
	}

	/**
	 * The id of the element that shows a field, e.g. {@code f-items-2-options-1} for
	 * {@code items[2].options[1]}; the error summary links to it.
	 */
	public String idOf(String field) {
		return id(field);
	}

	static String id(String field) {
		return "f-" + field.replaceAll("[\\[\\]\\.]+", "-").replaceAll("-$", "");
	}

	static int number(String text) {
		try {
			return Integer.parseInt(text.trim());
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

	static BigDecimal decimal(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.trim().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
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

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getLearningMinutes() {
		return this.learningMinutes;
	}

	public void setLearningMinutes(String learningMinutes) {
		this.learningMinutes = learningMinutes;
	}

	public String getEqfLevel() {
		return this.eqfLevel;
	}

	public void setEqfLevel(String eqfLevel) {
		this.eqfLevel = eqfLevel;
	}

	public String getLicence() {
		return this.licence;
	}

	public void setLicence(String licence) {
		this.licence = licence;
	}

	public String getDeliveryMode() {
		return this.deliveryMode;
	}

	public void setDeliveryMode(String deliveryMode) {
		this.deliveryMode = deliveryMode;
	}

	public String getCreditSystem() {
		return this.creditSystem;
	}

	public void setCreditSystem(String creditSystem) {
		this.creditSystem = creditSystem;
	}

	public String getCreditPoints() {
		return this.creditPoints;
	}

	public void setCreditPoints(String creditPoints) {
		this.creditPoints = creditPoints;
	}

	public List<String> getOutcomes() {
		return this.outcomes;
	}

	public void setOutcomes(List<String> outcomes) {
		this.outcomes = outcomes;
	}

	/** What the teacher searches the framework's outcomes for; not part of the unit. */
	public String getOutcomeQuery() {
		return this.outcomeQuery;
	}

	public void setOutcomeQuery(String outcomeQuery) {
		this.outcomeQuery = outcomeQuery;
	}

	public List<String> getCoProviders() {
		return this.coProviders;
	}

	public void setCoProviders(List<String> coProviders) {
		this.coProviders = coProviders;
	}

	public List<BlockForm> getBlocks() {
		return this.blocks;
	}

	public void setBlocks(List<BlockForm> blocks) {
		this.blocks = blocks;
	}

	public String getPassScore() {
		return this.passScore;
	}

	public void setPassScore(String passScore) {
		this.passScore = passScore;
	}

	public String getMaxAttempts() {
		return this.maxAttempts;
	}

	public void setMaxAttempts(String maxAttempts) {
		this.maxAttempts = maxAttempts;
	}

	/**
	 * The version the editor was opened on and when it last changed, so that saving over a
	 * colleague's newer save is noticed; not part of the unit.
	 */
	public String getBasedOn() {
		return this.basedOn;
	}

	public void setBasedOn(String basedOn) {
		this.basedOn = basedOn;
	}

	public List<ItemForm> getItems() {
		return this.items;
	}

	public void setItems(List<ItemForm> items) {
		this.items = items;
	}

}
