package org.cellpath.course.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * One assessment item as the editor shows it. Numbers are kept as typed text so that a wrong
 * entry comes back to the teacher unchanged, with the problem the validator found in it.
 *
 * <p>Each type uses its own fields: options with {@link #getCorrect()} (single choice) or
 * {@link #getCorrectOptions()} (multiple choice); left and right lists with, per left entry, the
 * right entry it matches ({@link #getMatches()}); ordering entries with, per entry, its position
 * in the right order ({@link #getPositions()}, from 1); a numeric answer with tolerance and unit.
 */
public class ItemForm {

	/** The item types of the exchange format, in the order the editor offers them. */
	public static final List<String> TYPES = List.of("single-choice", "multiple-choice", "matching", "ordering",
			"numeric");

	private String key = "";

	private String type = "single-choice";

	private String prompt = "";

	private List<String> options = new ArrayList<>();

	private String correct = "";

	private List<String> correctOptions = new ArrayList<>();

	private List<String> left = new ArrayList<>();

	private List<String> right = new ArrayList<>();

	private List<String> matches = new ArrayList<>();

	private List<String> entries = new ArrayList<>();

	private List<String> positions = new ArrayList<>();

	private String answer = "";

	private String tolerance = "";

	private String unit = "";

	private String feedbackCorrect = "";

	private String feedbackIncorrect = "";

	private List<String> outcomes = new ArrayList<>();

	public ItemForm() {
	}

	/** A new item of the type with room for a first answer, keyed after the items there are. */
	static ItemForm of(String type, String key) {
		ItemForm item = new ItemForm();
		item.setType(TYPES.contains(type) ? type : "single-choice");
		item.setKey(key);
		switch (item.getType()) {
			case "single-choice", "multiple-choice" -> item.setOptions(new ArrayList<>(List.of("", "")));
			case "matching" -> {
				item.setLeft(new ArrayList<>(List.of("", "")));
				item.setRight(new ArrayList<>(List.of("", "")));
				item.setMatches(new ArrayList<>(List.of("", "")));
			}
			case "ordering" -> {
				item.setEntries(new ArrayList<>(List.of("", "")));
				item.setPositions(new ArrayList<>(List.of("1", "2")));
			}
			default -> {
			}
		}
		return item;
	}

	boolean isChoice() {
		return "single-choice".equals(this.type) || "multiple-choice".equals(this.type);
	}

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
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

	/** Single choice: the index of the right option. */
	public String getCorrect() {
		return this.correct;
	}

	public void setCorrect(String correct) {
		this.correct = correct;
	}

	/** Multiple choice: the indexes of the right options. */
	public List<String> getCorrectOptions() {
		return this.correctOptions;
	}

	public void setCorrectOptions(List<String> correctOptions) {
		this.correctOptions = correctOptions;
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

	/** Matching: per left entry, the index of the right entry it matches (blank: none). */
	public List<String> getMatches() {
		return this.matches;
	}

	public void setMatches(List<String> matches) {
		this.matches = matches;
	}

	/** Ordering: the entries as learners see them. */
	public List<String> getEntries() {
		return this.entries;
	}

	public void setEntries(List<String> entries) {
		this.entries = entries;
	}

	/** Ordering: per entry, its place in the right order, from 1. */
	public List<String> getPositions() {
		return this.positions;
	}

	public void setPositions(List<String> positions) {
		this.positions = positions;
	}

	/** Numeric: the right value. Choice items report problems with their answer here too. */
	public String getAnswer() {
		return this.answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	public String getTolerance() {
		return this.tolerance;
	}

	public void setTolerance(String tolerance) {
		this.tolerance = tolerance;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
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

	/** The unit's outcomes this item tests; none chosen means all of them. */
	public List<String> getOutcomes() {
		return this.outcomes;
	}

	public void setOutcomes(List<String> outcomes) {
		this.outcomes = outcomes;
	}

}
